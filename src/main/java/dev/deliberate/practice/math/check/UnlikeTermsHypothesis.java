package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;

/** {@code 3x + 2 → 5x} or {@code 3x + 2 → 5}: an x-term and a plain number of one side added together. */
final class UnlikeTermsHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            for (Term xTerm : state.side(leftSide)) {
                for (Term number : state.side(leftSide)) {
                    if (xTerm.hasUnknown() && !number.hasUnknown() && !number.value().constant().isZero()) {
                        combine(state, leftSide, xTerm.value(), number.value(), candidates);
                    }
                }
            }
        }
        return candidates;
    }

    private static void combine(State state, boolean leftSide, LinearForm xTerm, LinearForm number, List<Candidate> candidates) {
        Rational total = xTerm.coefficient().plus(number.constant());
        LinearForm rest = state.form(leftSide).minus(xTerm).minus(number);
        for (LinearForm merged : List.of(LinearForm.unknown(total), LinearForm.constant(total))) {
            Diagnosis diagnosis = Diagnosis.of(Misconception.COMBINED_UNLIKE_TERMS, "combined-unlike-terms",
                    Shown.signed(xTerm, state.unknown()), Shown.signed(number, state.unknown()),
                    Shown.form(merged, state.unknown()));
            candidates.add(state.candidate(diagnosis, leftSide, rest.plus(merged), state.form(!leftSide)));
        }
    }
}
