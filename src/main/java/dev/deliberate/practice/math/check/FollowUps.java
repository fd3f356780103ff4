package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a learner reaches from a faulty step by going on correctly in the same line: one whole
 * part of a side (its x-part or its number) moved across the equals sign, or an x-part moved one
 * way and a number the other, as in {@code 3x + 2 = x − 8 → 3x + x = −8 − 2} (x moved with its sign
 * kept, 2 moved correctly). Both sides change by the same amount, so no further fault is assumed.
 */
final class FollowUps {

    private FollowUps() {
    }

    static List<LinearForm[]> of(Candidate candidate) {
        LinearForm left = candidate.left();
        LinearForm right = candidate.right();
        List<LinearForm> numbers = List.of(LinearForm.constant(left.constant()), LinearForm.constant(right.constant()));
        List<LinearForm> xParts = List.of(LinearForm.unknown(left.coefficient()), LinearForm.unknown(right.coefficient()));
        List<LinearForm> amounts = new ArrayList<>(numbers);
        amounts.addAll(xParts);
        amounts.add(numbers.get(0).plus(xParts.get(1)));
        amounts.add(numbers.get(1).plus(xParts.get(0)));
        List<LinearForm[]> lines = new ArrayList<>();
        for (LinearForm amount : amounts) {
            if (!amount.equals(LinearForm.ZERO)) {
                lines.add(new LinearForm[] {left.minus(amount), right.minus(amount)});
            }
        }
        return lines;
    }
}
