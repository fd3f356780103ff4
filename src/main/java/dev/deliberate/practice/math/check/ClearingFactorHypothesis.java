package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fractions or decimals cleared with a different factor for each term instead of one factor for
 * the whole equation: {@code x/3 + 1/2 = 5 → x + 1 = 5} (each term times its own denominator),
 * {@code 0.25x + 1.5 = 4 → 25x + 15 = 4} (decimal points dropped) or
 * {@code 0.25x + 1.5 = 4 → 25x + 15 = 40} (decimal points dropped, whole numbers times 10).
 */
final class ClearingFactorHypothesis implements Hypothesis {

    private static final List<Rational> POWERS_OF_TEN = List.of(Rational.of(10), Rational.of(100), Rational.of(1000));

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        if (state.side(true).stream().allMatch(term -> number(term).isInteger())
                && state.side(false).stream().allMatch(term -> number(term).isInteger())) {
            return candidates;
        }
        add(state, term -> Rational.of(number(term).denominator()), candidates);
        add(state, term -> powerOfTen(number(term), Rational.ONE), candidates);
        for (Rational wholeFactor : POWERS_OF_TEN) {
            add(state, term -> powerOfTen(number(term), wholeFactor), candidates);
        }
        return candidates;
    }

    private static void add(State state, Function<Term, Rational> factorOf, List<Candidate> candidates) {
        List<Term> terms = new ArrayList<>(state.side(true));
        terms.addAll(state.side(false));
        if (terms.stream().map(factorOf).anyMatch(factor -> factor == null)
                || terms.stream().map(factorOf).distinct().count() < 2) {
            return;
        }
        Term changed = terms.stream().filter(term -> !factorOf.apply(term).equals(Rational.ONE)).findFirst().orElseThrow();
        Term different = terms.stream().filter(term -> !factorOf.apply(term).equals(factorOf.apply(changed))).findFirst().orElseThrow();
        char x = state.unknown();
        Diagnosis diagnosis = Diagnosis.of(Misconception.WRONG_CLEARING_FACTOR, "wrong-clearing-factor",
                Shown.form(changed.value(), x), Shown.form(changed.value().times(factorOf.apply(changed)), x),
                Shown.form(different.value(), x), Shown.form(different.value().times(factorOf.apply(different)), x));
        candidates.add(new Candidate(diagnosis, scaled(state.side(true), factorOf), scaled(state.side(false), factorOf), true));
    }

    private static LinearForm scaled(List<Term> terms, Function<Term, Rational> factorOf) {
        LinearForm result = LinearForm.ZERO;
        for (Term term : terms) {
            result = result.plus(term.value().times(factorOf.apply(term)));
        }
        return result;
    }

    /** The number a term stands for: its coefficient, or its constant. */
    private static Rational number(Term term) {
        return term.hasUnknown() ? term.value().coefficient() : term.value().constant();
    }

    /** The power of ten that drops a decimal's point; {@code whole} for a whole number; null for other fractions. */
    private static Rational powerOfTen(Rational value, Rational whole) {
        if (value.isInteger()) {
            return whole;
        }
        if (!value.isTerminatingDecimal()) {
            return null;
        }
        BigInteger power = BigInteger.ONE;
        while (!value.times(Rational.of(power)).isInteger()) {
            power = power.multiply(BigInteger.TEN);
        }
        return Rational.of(power);
    }
}
