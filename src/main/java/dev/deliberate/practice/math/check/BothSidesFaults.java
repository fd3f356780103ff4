package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The same fault made on both sides at once: {@code 2(x + 3) = 4(x − 1) → 2x + 3 = 4x − 1} (each
 * bracket multiplied only at its first term), {@code 2x + 3 = x − 5 → 2x + x = −5 + 3} (a term from
 * each side moved with its sign kept). Two candidates of the same kind, one with its fault on the
 * left and one on the right, are put together by adding up what each changed. The misconception
 * stays the one made twice, so the learner model counts the habit; the message says it happened on
 * both sides.
 */
final class BothSidesFaults {

    private static final Set<String> VARIANTS = Set.of("sign-error-moving-term", "distribute-first-term-only",
            "distribute-first-term-only.minus", "divide-one-term-only.scale", "combined-unlike-terms");

    private BothSidesFaults() {
    }

    static List<Candidate> of(State state, List<Candidate> single) {
        LinearForm left = state.form(true);
        LinearForm right = state.form(false);
        List<Candidate> both = new ArrayList<>();
        for (Candidate onLeft : single) {
            for (Candidate onRight : single) {
                if (pairs(onLeft, onRight, left, right)) {
                    List<Object> details = new ArrayList<>(onLeft.diagnosis().details());
                    details.addAll(onRight.diagnosis().details());
                    Diagnosis diagnosis = new Diagnosis(onLeft.diagnosis().misconception(),
                            onLeft.diagnosis().variant() + ".both-sides", details);
                    both.add(new Candidate(diagnosis, onLeft.left().plus(onRight.left()).minus(left),
                            onLeft.right().plus(onRight.right()).minus(right), true));
                }
            }
        }
        return both;
    }

    private static boolean pairs(Candidate onLeft, Candidate onRight, LinearForm left, LinearForm right) {
        Diagnosis first = onLeft.diagnosis();
        Diagnosis second = onRight.diagnosis();
        if (!onLeft.faultOnLeft() || onRight.faultOnLeft() || !VARIANTS.contains(first.variant())
                || !first.variant().equals(second.variant())) {
            return false;
        }
        if (first.misconception() == Misconception.SIGN_ERROR_MOVING_TERM) {
            return true;
        }
        boolean sameOperation = !first.variant().startsWith("divide") || first.details().get(0).equals(second.details().get(0));
        return sameOperation && onLeft.right().equals(right) && onRight.left().equals(left);
    }
}
