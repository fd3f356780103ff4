package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code 2x + 6 = 10 → 2x = 10 + 6}: a term moved across the equals sign and kept its sign. An
 * x-term is only moved towards the other x-term, as learners gather like terms.
 */
final class SignErrorHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            List<Term> side = state.side(leftSide);
            boolean otherHasUnknown = !state.form(!leftSide).isConstant();
            for (Term term : side) {
                LinearForm value = term.value();
                boolean gathers = !term.hasUnknown() || otherHasUnknown;
                if (value.equals(LinearForm.ZERO) || !gathers || side.size() < 2 && !term.hasUnknown()) {
                    continue;
                }
                Diagnosis diagnosis = Diagnosis.of(Misconception.SIGN_ERROR_MOVING_TERM, "sign-error-moving-term",
                        Shown.signed(value, state.unknown()), Shown.signed(value.negate(), state.unknown()));
                candidates.add(state.candidate(diagnosis, leftSide, state.form(leftSide).minus(value),
                        state.form(!leftSide).plus(value)));
            }
        }
        return candidates;
    }
}
