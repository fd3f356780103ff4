package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code 2x + 6 = 10 → 2x = 10} or {@code 2x = 10 → x = 10}: a term undone, or a side divided or
 * multiplied, on one side of the equation only.
 */
final class OneSideOnlyHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            termUndoneOnOneSide(state, leftSide, candidates);
            for (Rational factor : factors(state)) {
                LinearForm side = state.form(leftSide);
                LinearForm other = state.form(!leftSide);
                candidates.add(state.candidate(scaled("math.operation.divided", factor), leftSide,
                        side.times(factor.reciprocal()), other));
                candidates.add(state.candidate(scaled("math.operation.multiplied", factor), leftSide,
                        side.times(factor), other));
            }
        }
        return candidates;
    }

    /** A term of this side taken away from this side only, or from the other side only. */
    private static void termUndoneOnOneSide(State state, boolean leftSide, List<Candidate> candidates) {
        LinearForm side = state.form(leftSide);
        LinearForm other = state.form(!leftSide);
        for (Term term : state.side(leftSide)) {
            LinearForm value = term.value();
            if (!value.equals(LinearForm.ZERO)) {
                Diagnosis diagnosis = Diagnosis.of(Misconception.ONE_SIDE_ONLY, "one-side-only.term",
                        Shown.signed(value, state.unknown()));
                candidates.add(state.candidate(diagnosis, leftSide, side.minus(value), other));
                candidates.add(state.candidate(diagnosis, leftSide, side, other.minus(value)));
            }
        }
    }

    private static Diagnosis scaled(String operation, Rational factor) {
        return Diagnosis.of(Misconception.ONE_SIDE_ONLY, "one-side-only.scale",
                MessageRef.of(operation, Shown.number(factor)));
    }

    static Set<Rational> factors(State state) {
        Set<Rational> factors = new LinkedHashSet<>(state.coefficients());
        factors.addAll(state.denominators());
        return factors;
    }
}
