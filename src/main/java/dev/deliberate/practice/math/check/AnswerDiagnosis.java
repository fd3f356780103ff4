package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.Rational;
import java.util.List;
import java.util.Optional;

/**
 * Explains a wrong numeric answer from the last correct line (the problem itself when there is no
 * work): the number on the other side of a line that does not isolate x yet (stopped early), the
 * solution of a faulty step (sign, reciprocal, one side only…), or a slip in the last computation.
 */
final class AnswerDiagnosis {

    private AnswerDiagnosis() {
    }

    static Diagnosis diagnose(Equation lastCorrect, Rational answer, boolean workShown) {
        List<State> states = LineDiagnosis.states(lastCorrect);
        SolutionSet given = new SolutionSet.One(answer);
        return stoppedEarly(states, answer)
                .or(() -> LineDiagnosis.firstMatch(states, candidate -> candidate.solutions().equals(given)))
                .orElseGet(() -> workShown || states.size() <= 2
                        ? Diagnosis.of(Misconception.ARITHMETIC_SLIP, "arithmetic-slip.answer")
                        : Diagnosis.of(Misconception.UNKNOWN, "unknown.answer"));
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
