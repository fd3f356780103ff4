package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code −8x = 24 → x = 3} and {@code −2x + 6 = 10 → x + 3 = 5}: both sides divided by the size of a
 * negative coefficient, 8 instead of −8, and the x-term then written as a plain x.
 */
final class DividedWithoutSignHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            LinearForm side = state.form(leftSide);
            Rational a = side.coefficient();
            if (a.signum() >= 0 || a.equals(Rational.ONE.negate()) || !state.form(!leftSide).isConstant()) {
                continue;
            }
            Rational size = a.abs();
            LinearForm divided = new LinearForm(Rational.ONE, side.constant().dividedBy(size));
            Diagnosis diagnosis = Diagnosis.of(Misconception.DIVIDED_WITHOUT_SIGN, "divided-without-sign",
                    Shown.number(a), Shown.number(size));
            candidates.add(state.candidate(diagnosis, leftSide, divided, state.form(!leftSide).times(size.reciprocal())));
        }
        return candidates;
    }
}
