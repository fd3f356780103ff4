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
 * Classifies a wrong line by hypothesis testing, and names a misconception only when its faulty
 * step reproduces both sides of the learner's line. In order:
 * <ol>
 *   <li>a faulty step applied to the previous line as written gives the learner's sides (either
 *       way round); then the same fault made on both sides at once ({@link BothSidesFaults});</li>
 *   <li>a faulty step on the previous line followed, in the same line, by one correct move of whole
 *       terms across the equals sign ({@link FollowUps});</li>
 *   <li>a faulty step on a line of the previous line's worked solution (the learner did correct
 *       steps in their head first), the solved last line excepted;</li>
 *   <li>the learner's line is one number away from a correct step on the previous line, or on the
 *       first line of its worked solution, and that number is a slip away from the right one
 *       ({@link CorrectMoves#slipped}): an arithmetic slip;</li>
 *   <li>otherwise nothing is named ({@link Unexplained}): the message says which line stopped being
 *       equivalent and gives a value of the unknown that shows it.</li>
 * </ol>
 * A candidate that merely has the same solution as the learner's line is never enough.
 */
final class LineDiagnosis {

    /** In order of preference when several reproduce the line. */
    static final List<Hypothesis> HYPOTHESES = List.of(new OrderOfOperationsHypothesis(), new DistributionHypothesis(),
            new SignErrorHypothesis(),
            new UnlikeTermsHypothesis(), new DivideOneTermHypothesis(), new ReciprocalHypothesis(),
            new OneSideOnlyHypothesis(), new SubtractedCoefficientHypothesis(), new DividedWithoutSignHypothesis(),
            new NegatedOneSideHypothesis(), new ClearingFactorHypothesis(), new CrossMultiplicationHypothesis());

    private LineDiagnosis() {
    }

    static Diagnosis diagnose(Equation previous, Equation line) {
        return explain(previous, line).orElseGet(() -> Unexplained.line(previous, line));
    }

    /** The diagnosis whose faulty step reproduces the line, or a slip; empty when nothing explains it. */
    static Optional<Diagnosis> explain(Equation previous, Equation line) {
        List<State> states = states(previous);
        LinearForm left = line.leftForm();
        LinearForm right = line.rightForm();
        Predicate<LinearForm[]> written = sides -> new Candidate(null, sides[0], sides[1], true).sameSidesAs(left, right);
        List<State> first = states.subList(0, 1);
        List<State> later = states.subList(1, states.size()).stream().filter(state -> !state.isSolved()).toList();
        return firstMatch(first, candidate -> candidate.sameSidesAs(left, right))
                .or(() -> firstMatch(first, candidate -> FollowUps.of(candidate).stream().anyMatch(written)))
                .or(() -> firstMatch(later, candidate -> candidate.sameSidesAs(left, right)))
                .or(() -> slip(states.subList(0, Math.min(2, states.size())), left, right));
    }

    /** The previous line as written, then each line of its worked solution. */
    static List<State> states(Equation previous) {
        List<State> states = new ArrayList<>();
        for (Equation equation : Solver.solve(previous).equations()) {
            states.add(State.of(equation));
        }
        return states;
    }

    /** Every candidate of every hypothesis from a state, single faults first, then faults on both sides. */
    static List<Candidate> candidates(State state) {
        List<Candidate> single = new ArrayList<>();
        for (Hypothesis hypothesis : HYPOTHESES) {
            single.addAll(hypothesis.candidates(state));
        }
        List<Candidate> all = new ArrayList<>(single);
        all.addAll(BothSidesFaults.of(state, single));
        return all;
    }

    static Optional<Diagnosis> firstMatch(List<State> states, Predicate<Candidate> matches) {
        for (State state : states) {
            for (Candidate candidate : candidates(state)) {
                if (matches.test(candidate)) {
                    return Optional.of(candidate.diagnosis());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Diagnosis> slip(List<State> states, LinearForm left, LinearForm right) {
        for (State state : states) {
            for (LinearForm[] move : CorrectMoves.from(state)) {
                Optional<Boolean> onLeft = CorrectMoves.slipOnLeft(move, left, right);
                if (onLeft.isPresent()) {
                    MessageRef side = MessageRef.of(onLeft.get() ? "math.side.left" : "math.side.right");
                    return Optional.of(Diagnosis.of(Misconception.ARITHMETIC_SLIP, "arithmetic-slip", side));
                }
            }
        }
        return Optional.empty();
    }
}
