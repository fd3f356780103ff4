package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.solve.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Classifies a wrong line by hypothesis testing. Each misconception's faulty step is applied to
 * the previous line as written; a candidate whose two sides equal the learner's wins, then one with
 * the same solution (the learner went on correctly after the faulty step). Only then are the
 * correct lines that follow from the previous line tried the same way (the learner may have done
 * correct steps before the faulty one). Failing all that, a line one number away from a correct
 * step is an arithmetic slip; otherwise the cause is unknown.
 */
final class LineDiagnosis {

    /** In order of preference when several explain the line equally well. */
    static final List<Hypothesis> HYPOTHESES = List.of(new DistributionHypothesis(), new SignErrorHypothesis(),
            new UnlikeTermsHypothesis(), new DivideOneTermHypothesis(), new ReciprocalHypothesis(),
            new OneSideOnlyHypothesis());

    private LineDiagnosis() {
    }

    static Diagnosis diagnose(Equation previous, Equation line) {
        List<State> states = states(previous);
        LinearForm left = line.leftForm();
        LinearForm right = line.rightForm();
        List<State> first = states.subList(0, 1);
        List<State> later = states.subList(1, states.size());
        return firstMatch(first, candidate -> candidate.sameSidesAs(left, right))
                .or(() -> firstMatch(first, candidate -> candidate.solutions().equals(line.solutions())))
                .or(() -> firstMatch(later, candidate -> candidate.sameSidesAs(left, right)))
                .or(() -> firstMatch(later, candidate -> candidate.solutions().equals(line.solutions())))
                .or(() -> slip(states, left, right))
                .orElse(Diagnosis.of(Misconception.UNKNOWN, "unknown"));
    }

    /** The previous line as written, then each line of its worked solution. */
    static List<State> states(Equation previous) {
        List<State> states = new ArrayList<>();
        for (Equation equation : Solver.solve(previous).equations()) {
            states.add(State.of(equation));
        }
        return states;
    }

    static Optional<Diagnosis> firstMatch(List<State> states, Predicate<Candidate> matches) {
        for (State state : states) {
            for (Hypothesis hypothesis : HYPOTHESES) {
                for (Candidate candidate : hypothesis.candidates(state)) {
                    if (matches.test(candidate)) {
                        return Optional.of(candidate.diagnosis());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Diagnosis> slip(List<State> states, LinearForm left, LinearForm right) {
        for (State state : states) {
            for (LinearForm[] move : CorrectMoves.from(state)) {
                if (CorrectMoves.oneNumberOff(move, left, right)) {
                    boolean leftOff = !move[0].equals(left) && !move[1].equals(left);
                    MessageRef side = MessageRef.of(leftOff ? "math.side.left" : "math.side.right");
                    return Optional.of(Diagnosis.of(Misconception.ARITHMETIC_SLIP, "arithmetic-slip", side));
                }
            }
        }
        return Optional.empty();
    }
}
