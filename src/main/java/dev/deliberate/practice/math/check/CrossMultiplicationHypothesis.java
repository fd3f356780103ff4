package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.number.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two fractions cross-multiplied the wrong way: from {@code x/3 = 4/5} the right line is
 * {@code 5x = 3 · 4}; pairing top with top and bottom with bottom gives {@code 4x = 15}, and
 * multiplying each fraction by its own bottom gives {@code 3x = 20}.
 */
final class CrossMultiplicationHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        Optional<Fraction> left = fraction(state, true);
        Optional<Fraction> right = fraction(state, false);
        if (left.isEmpty() || right.isEmpty()) {
            return candidates;
        }
        Fraction a = left.get();
        Fraction b = right.get();
        char x = state.unknown();
        if (a.top().isConstant() || b.top().isConstant()) {
            LinearForm tops = a.top().isConstant() ? b.top().times(a.top().constant()) : a.top().times(b.top().constant());
            Diagnosis diagnosis = Diagnosis.of(Misconception.WRONG_CROSS_MULTIPLICATION, "cross-multiplication.straight",
                    Shown.form(a.top(), x), Shown.number(a.bottom()), Shown.form(b.top(), x), Shown.number(b.bottom()));
            candidates.add(new Candidate(diagnosis, tops, LinearForm.constant(a.bottom().times(b.bottom())), true));
        }
        Diagnosis own = Diagnosis.of(Misconception.WRONG_CROSS_MULTIPLICATION, "cross-multiplication.own",
                Shown.form(a.top(), x), Shown.number(a.bottom()), Shown.form(b.top(), x), Shown.number(b.bottom()));
        candidates.add(new Candidate(own, a.top().times(a.bottom()), b.top().times(b.bottom()), true));
        return candidates;
    }

    /** A side that is one term over a number other than 1, as top and bottom. */
    private static Optional<Fraction> fraction(State state, boolean leftSide) {
        if (state.side(leftSide).size() != 1) {
            return Optional.empty();
        }
        LinearForm form = state.form(leftSide);
        BigInteger bottom = form.coefficient().denominator().multiply(form.constant().denominator())
                .divide(form.coefficient().denominator().gcd(form.constant().denominator()));
        if (bottom.equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        Rational denominator = Rational.of(bottom);
        return Optional.of(new Fraction(form.times(denominator), denominator));
    }

    private record Fraction(LinearForm top, Rational bottom) {
    }
}
