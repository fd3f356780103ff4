package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.answer;
import static dev.deliberate.practice.math.item.Parts.ax;
import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.n;
import static dev.deliberate.practice.math.item.Parts.signed;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.number.Rational;

/** {@code 4x = 20}, {@code x/3 = 5}; negatives and then fractional answers as the level rises. */
final class OneStepMultiplyDivideEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int a = coefficient(difficulty, dice);
        if (dice.chance(0.5)) {
            Rational answer = answer(dice, difficulty, a);
            return eq(ax(a), n(answer.times(Rational.of(a))));
        }
        int quotient = signed(dice, difficulty, 1);
        return eq(Expression.divide(x(), n(a)), n(quotient));
    }

    static int coefficient(Difficulty difficulty, Dice dice) {
        int size = dice.between(2, Math.max(3, Math.min(12, difficulty.maxMagnitude())));
        return size * dice.sign(difficulty.negativeChance());
    }
}
