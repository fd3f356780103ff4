package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.add;
import static dev.deliberate.practice.math.item.Parts.answer;
import static dev.deliberate.practice.math.item.Parts.ax;
import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.n;
import static dev.deliberate.practice.math.item.Parts.size;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.number.Rational;

/**
 * Equations where the negative numbers are the point: {@code x − 8 = −3}, {@code −4x = 12},
 * {@code −(x + 4) = 6}, {@code −3x + 5 = −7}; fractional answers at level 5.
 */
final class NegativeNumberEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int a = -dice.between(2, Math.max(3, Math.min(12, difficulty.maxMagnitude())));
        int b = size(dice, difficulty, 1) * dice.sign(0.5);
        Rational answer = answer(dice, difficulty, a);
        if (answer.signum() > 0 && dice.chance(0.5)) {
            answer = answer.negate();
        }
        Rational product = answer.times(Rational.of(a));
        return switch (difficulty.level()) {
            case 1 -> belowZero(difficulty, dice);
            case 2 -> eq(ax(a), n(product));
            case 3 -> negatedBracket(Rational.of(answer.numerator()), b, dice);
            default -> eq(add(ax(a), b), n(product.plus(Rational.of(b))));
        };
    }

    /** {@code x − 9 = −4}: the right-hand side is below zero. */
    private static Equation belowZero(Difficulty difficulty, Dice dice) {
        int subtracted = size(dice, difficulty, 2);
        int result = -dice.between(1, subtracted + 5);
        return eq(add(x(), -subtracted), n(result));
    }

    private static Equation negatedBracket(Rational answer, int b, Dice dice) {
        Rational c = answer.plus(Rational.of(b)).negate();
        if (dice.chance(0.5)) {
            return eq(new Negation(add(x(), b)), n(c));
        }
        return eq(Expression.minus(n(b), x()), n(Rational.of(b).minus(answer)));
    }
}
