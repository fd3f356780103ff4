package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code 2x + 6 = 10 → x + 6 = 5} or {@code x/2 + 3 = 5 → x + 3 = 10}: a side divided (or multiplied
 * to clear a fraction) term by term with one term left out; the other side may or may not follow.
 */
final class DivideOneTermHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (Rational divisor : state.divisors()) {
            addCandidates(state, divisor.reciprocal(), MessageRef.of("math.operation.divided", Shown.number(divisor)), candidates);
        }
        for (Rational denominator : state.denominators()) {
            addCandidates(state, denominator, MessageRef.of("math.operation.multiplied", Shown.number(denominator)), candidates);
        }
        return candidates;
    }

    private static void addCandidates(State state, Rational factor, MessageRef operation, List<Candidate> candidates) {
        for (boolean leftSide : new boolean[] {true, false}) {
            List<Term> terms = state.side(leftSide);
            if (terms.size() < 2) {
                continue;
            }
            LinearForm other = state.form(!leftSide);
            for (Term missed : terms) {
                LinearForm faulty = state.form(leftSide).minus(missed.value()).times(factor).plus(missed.value());
                Diagnosis diagnosis = Diagnosis.of(Misconception.DIVIDE_ONE_TERM_ONLY, "divide-one-term-only.scale",
                        operation, Shown.signed(missed.value(), state.unknown()));
                candidates.add(state.candidate(diagnosis, leftSide, faulty, other.times(factor)));
                candidates.add(state.candidate(diagnosis, leftSide, faulty, other));
            }
        }
    }
}
