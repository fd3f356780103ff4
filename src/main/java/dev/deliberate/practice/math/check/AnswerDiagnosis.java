package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains a wrong numeric answer from the last correct line (the problem itself when there is no
 * work), by three documented rules tried in order:
 * <ol>
 *   <li><b>stopped early</b>: the answer is the number on the other side of a line that does not
 *       isolate the unknown yet ({@code 2x = 6} answered 6);</li>
 *   <li><b>a faulty step, then correct work</b>: the answer is the solution of the line a faulty
 *       step makes from the last correct line as written, or from a line of its worked solution that
 *       is not yet solved ({@code 2x + 6 = 10} answered 8: {@code 2x = 10 + 6});</li>
 *   <li><b>a slip in the last computation</b>: the last correct line is one step from the answer
 *       and the answer is a slip away from the right one ({@link CorrectMoves#slipped}).</li>
 * </ol>
 * Otherwise nothing is named: the message shows what the last correct line becomes with the answer.
 */
final class AnswerDiagnosis {

    private AnswerDiagnosis() {
    }

    static Diagnosis diagnose(Equation lastCorrect, Rational answer) {
        List<State> states = LineDiagnosis.states(lastCorrect);
        List<State> unsolved = new ArrayList<>(states.subList(0, 1));
        unsolved.addAll(states.subList(1, states.size()).stream().filter(state -> !state.isSolved()).toList());
        SolutionSet given = new SolutionSet.One(answer);
        Rational solution = ((SolutionSet.One) lastCorrect.solutions()).value();
        return stoppedEarly(states, answer)
                .or(() -> LineDiagnosis.firstMatch(unsolved, candidate -> candidate.solutions().equals(given)))
                .or(() -> states.size() <= 2 && CorrectMoves.slipped(answer, solution)
                        ? Optional.of(Diagnosis.of(Misconception.ARITHMETIC_SLIP, "arithmetic-slip.answer"))
                        : Optional.empty())
                .orElseGet(() -> Unexplained.answer(lastCorrect, answer));
    }

    private static Optional<Diagnosis> stoppedEarly(List<State> states, Rational answer) {
        for (State state : states) {
            for (boolean leftSide : new boolean[] {true, false}) {
                LinearForm side = state.form(leftSide);
                LinearForm other = state.form(!leftSide);
                boolean isolated = other.equals(LinearForm.unknown(Rational.ONE));
                if (side.isConstant() && side.constant().equals(answer) && !other.isConstant() && !isolated) {
                    return Optional.of(Diagnosis.of(Misconception.STOPPED_EARLY, "stopped-early.number",
                            Shown.number(answer), Shown.equation(state.equation())));
                }
            }
        }
        return Optional.empty();
    }
}
