package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code −x = 5 → x = 5} and {@code 6 − x = 2 → x − 6 = 2}: the side with a negative x-term
 * multiplied by −1 (every sign on it changed) while the other side kept its signs.
 */
final class NegatedOneSideHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            LinearForm side = state.form(leftSide);
            LinearForm other = state.form(!leftSide);
            if (side.coefficient().signum() < 0 && !other.equals(LinearForm.ZERO)) {
                Diagnosis diagnosis = Diagnosis.of(Misconception.NEGATED_ONE_SIDE, "negated-one-side",
                        Shown.form(side, state.unknown()), Shown.form(side.times(Rational.ONE.negate()), state.unknown()));
                candidates.add(state.candidate(diagnosis, leftSide, side.negate(), other));
            }
        }
        return candidates;
    }
}
