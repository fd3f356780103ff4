package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code 3x = 12 → x = 12 − 3} and {@code 4x + 1 = 9 → x + 1 = 9 − 4}: the number in front of x
 * taken away (from the other side) as if {@code 3x} were {@code 3 + x}, instead of dividing by it.
 */
final class SubtractedCoefficientHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            for (Term term : state.side(leftSide)) {
                Rational a = term.value().coefficient();
                if (!term.hasUnknown() || !term.value().constant().isZero() || a.equals(Rational.ONE) || !a.isInteger()) {
                    continue;
                }
                LinearForm side = state.form(leftSide).minus(term.value()).plus(LinearForm.unknown(Rational.ONE));
                LinearForm other = state.form(!leftSide).minus(LinearForm.constant(a));
                Diagnosis diagnosis = Diagnosis.of(Misconception.SUBTRACTED_COEFFICIENT, "subtracted-coefficient",
                        Shown.form(term.value(), state.unknown()), Shown.number(a));
                candidates.add(state.candidate(diagnosis, leftSide, side, other));
            }
        }
        return candidates;
    }
}
