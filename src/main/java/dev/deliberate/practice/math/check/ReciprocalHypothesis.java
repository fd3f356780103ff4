package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fraction rules broken: one side divided by a coefficient while the other is multiplied by it
 * ({@code (2/3)x = 4 → x = 4 · 2/3}, {@code 2x = 10 → x = 20}), the quotient turned upside down
 * ({@code 2x = 10 → x = 2/10}), or fractions added top plus top over bottom plus bottom
 * ({@code x + 1/2 + 1/3 → x + 2/5}).
 */
final class ReciprocalHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (Rational denominator : state.denominators()) {
            oppositeOperations(state, denominator, "reciprocal.multiplied-and-divided", candidates);
        }
        for (Rational coefficient : state.coefficients()) {
            oppositeOperations(state, coefficient.reciprocal(), "reciprocal.divided-and-multiplied", candidates);
        }
        invertedQuotient(state).ifPresent(candidates::add);
        for (boolean leftSide : new boolean[] {true, false}) {
            addedAcross(state, leftSide, candidates);
        }
        return candidates;
    }

    /** One side multiplied by {@code factor} and the other divided by it, either way round. */
    private static void oppositeOperations(State state, Rational factor, String variant, List<Candidate> candidates) {
        Rational shown = variant.endsWith("multiplied-and-divided") ? factor : factor.reciprocal();
        Diagnosis diagnosis = Diagnosis.of(Misconception.RECIPROCAL_OR_FRACTION_ERROR, variant, Shown.number(shown));
        for (boolean leftSide : new boolean[] {true, false}) {
            candidates.add(state.candidate(diagnosis, leftSide, state.form(leftSide).times(factor),
                    state.form(!leftSide).times(factor.reciprocal())));
        }
    }

    /** {@code a·x = c → x = a/c}. */
    private static Optional<Candidate> invertedQuotient(State state) {
        for (boolean leftSide : new boolean[] {true, false}) {
            LinearForm side = state.form(leftSide);
            LinearForm other = state.form(!leftSide);
            if (!side.isConstant() && side.constant().isZero() && other.isConstant() && !other.constant().isZero()) {
                Rational a = side.coefficient();
                Diagnosis diagnosis = Diagnosis.of(Misconception.RECIPROCAL_OR_FRACTION_ERROR, "reciprocal.inverted",
                        Shown.number(a), Shown.number(other.constant()));
                return Optional.of(state.candidate(diagnosis, leftSide, LinearForm.unknown(Rational.ONE),
                        LinearForm.constant(a.dividedBy(other.constant()))));
            }
        }
        return Optional.empty();
    }

    /**
     * Two like terms of a side with a fraction among them, combined top with top and bottom with
     * bottom: {@code 1/2 + 1/3 → 2/5}, and for a difference also {@code 3/4 − 1/2 → 2/2}.
     */
    private static void addedAcross(State state, boolean leftSide, List<Candidate> candidates) {
        List<Term> terms = state.side(leftSide);
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                Term first = terms.get(i);
                Term second = terms.get(j);
                Rational a = size(first.value());
                Rational b = size(second.value());
                if (first.hasUnknown() != second.hasUnknown() || a.isInteger() && b.isInteger()) {
                    continue;
                }
                LinearForm rest = state.form(leftSide).minus(first.value()).minus(second.value());
                Diagnosis diagnosis = Diagnosis.of(Misconception.RECIPROCAL_OR_FRACTION_ERROR, "reciprocal.added-across",
                        Shown.number(a), Shown.number(b));
                for (Rational wrong : acrossResults(a, b)) {
                    LinearForm combined = first.hasUnknown() ? LinearForm.unknown(wrong) : LinearForm.constant(wrong);
                    candidates.add(state.candidate(diagnosis, leftSide, rest.plus(combined), state.form(!leftSide)));
                }
            }
        }
    }

    private static List<Rational> acrossResults(Rational a, Rational b) {
        BigInteger top = a.numerator().add(b.numerator());
        List<Rational> results = new ArrayList<>(List.of(new Rational(top, a.denominator().add(b.denominator()))));
        BigInteger difference = a.denominator().subtract(b.denominator());
        if (a.signum() != b.signum() && difference.signum() != 0) {
            results.add(new Rational(top, difference.abs()));
        }
        return results;
    }

    /** The number a term stands for: its coefficient, or its constant. */
    private static Rational size(LinearForm value) {
        return value.isConstant() ? value.constant() : value.coefficient();
    }
}
