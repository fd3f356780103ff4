package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.n;
import static dev.deliberate.practice.math.item.Parts.signed;
import static dev.deliberate.practice.math.item.Parts.size;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Negation;

/** {@code x = 7 − 3 · 4}: order of operations with whole numbers, negatives from level 2 on. */
final class IntegerArithmeticEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        return eq(x(), switch (difficulty.level()) {
            case 1 -> oneOperation(difficulty, dice);
            case 2 -> productOrNegativeDifference(difficulty, dice);
            case 3 -> twoOperations(difficulty, dice, false);
            case 4 -> twoOperations(difficulty, dice, true);
            default -> threeOperations(difficulty, dice);
        });
    }

    private static Expression oneOperation(Difficulty difficulty, Dice dice) {
        int a = size(dice, difficulty, 2);
        int b = size(dice, difficulty, 1);
        return dice.chance(0.5) ? Expression.plus(n(a), n(b)) : Expression.minus(n(Math.max(a, b)), n(Math.min(a, b)));
    }

    private static Expression productOrNegativeDifference(Difficulty difficulty, Dice dice) {
        int a = factor(difficulty, dice);
        int b = factor(difficulty, dice);
        return switch (dice.between(1, 3)) {
            case 1 -> Expression.times(n(a), n(b));
            case 2 -> Expression.minus(n(Math.min(a, b)), n(Math.max(a, b) + 1));
            default -> Expression.plus(n(a), n(-b - 1));
        };
    }

    private static Expression twoOperations(Difficulty difficulty, Dice dice, boolean negatives) {
        Expression a = negatives ? n(signed(dice, difficulty, 1)) : n(size(dice, difficulty, 1));
        Expression b = negatives ? n(factor(difficulty, dice) * dice.sign(0.5)) : n(factor(difficulty, dice));
        Expression c = n(factor(difficulty, dice));
        return switch (dice.between(1, negatives ? 4 : 3)) {
            case 1 -> Expression.plus(a, Expression.times(b, c));
            case 2 -> Expression.minus(Expression.times(b, c), a);
            case 3 -> Expression.times(Expression.plus(a, c), b);
            default -> Expression.minus(exactQuotient(difficulty, dice), a);
        };
    }

    private static Expression threeOperations(Difficulty difficulty, Dice dice) {
        Expression a = n(signed(dice, difficulty, 1));
        Expression b = n(size(dice, difficulty, 1));
        Expression c = n(factor(difficulty, dice) * dice.sign(0.5));
        Expression d = n(signed(dice, difficulty, 1));
        return switch (dice.between(1, 3)) {
            case 1 -> Expression.plus(Expression.times(Expression.minus(a, b), c), d);
            case 2 -> Expression.minus(Expression.times(a, c), exactQuotient(difficulty, dice));
            default -> Expression.times(new Negation(n(factor(difficulty, dice))), Expression.minus(b, d));
        };
    }

    /** {@code p ÷ q} that divides exactly. */
    private static Expression exactQuotient(Difficulty difficulty, Dice dice) {
        int divisor = factor(difficulty, dice);
        return Expression.divide(n((long) divisor * factor(difficulty, dice)), n(divisor));
    }

    private static int factor(Difficulty difficulty, Dice dice) {
        return dice.between(2, Math.max(3, Math.min(12, difficulty.maxMagnitude())));
    }
}
