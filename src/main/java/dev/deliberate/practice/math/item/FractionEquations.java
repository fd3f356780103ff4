package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.add;
import static dev.deliberate.practice.math.item.Parts.ax;
import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.fraction;
import static dev.deliberate.practice.math.item.Parts.n;
import static dev.deliberate.practice.math.item.Parts.properFraction;
import static dev.deliberate.practice.math.item.Parts.signed;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.number.Rational;

/**
 * Equations with fractions and negative fractions: {@code x + 1/5 = 4/5}, {@code x/4 + 2 = 5},
 * {@code (2/3)x + 1/2 = 7/6}, {@code (−3/4)x + 2 = 1/2}, {@code (x + 1)/3 = 5/6}.
 */
final class FractionEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int q = dice.between(3, Math.min(9, 4 + difficulty.level()));
        Rational coefficient = properFraction(dice, q);
        Rational small = Rational.of(dice.between(1, 2 + difficulty.level()) * dice.sign(difficulty.negativeChance()));
        Rational multipleOfQ = small.times(Rational.of(q));
        return switch (difficulty.level()) {
            case 1 -> sameDenominator(q, dice);
            case 2 -> dividedUnknown(q, small, difficulty, dice);
            case 3 -> withFractionConstant(coefficient, multipleOfQ, dice);
            case 4 -> dice.chance(0.5)
                    ? withFractionConstant(coefficient.negate(), multipleOfQ, dice)
                    : dividedBracket(q, small.dividedBy(Rational.of(2)), dice);
            default -> withFractionConstant(coefficient.negate(), multipleOfQ.dividedBy(Rational.of(2 * q)), dice);
        };
    }

    /** {@code x + p/q = r/q}, both fractions in lowest terms. */
    private static Equation sameDenominator(int q, Dice dice) {
        Rational added = properFraction(dice, q);
        Rational total = properFraction(dice, q).plus(Rational.of(dice.between(0, 1)));
        while (total.equals(added)) {
            total = total.plus(Rational.ONE);
        }
        return eq(Expression.plus(x(), fraction(added)), fraction(total));
    }

    /** {@code x/q + b = c}; the answer is {@code q} times a whole number. */
    private static Equation dividedUnknown(int q, Rational quotient, Difficulty difficulty, Dice dice) {
        int b = signed(dice, difficulty, 1);
        return eq(add(Expression.divide(x(), n(q)), b), n(quotient.plus(Rational.of(b))));
    }

    /** {@code (p/q)x + r/s = t/u} with the right-hand side computed exactly. */
    private static Equation withFractionConstant(Rational coefficient, Rational answer, Dice dice) {
        Rational constant = properFraction(dice, dice.between(2, 6)).times(Rational.of(dice.sign(0.3)));
        Rational right = coefficient.times(answer).plus(constant);
        return eq(add(ax(coefficient), constant), n(right));
    }

    /** {@code (x + b)/q = r}. */
    private static Equation dividedBracket(int q, Rational answer, Dice dice) {
        int b = dice.between(1, 9) * dice.sign(0.5);
        Rational right = answer.plus(Rational.of(b)).dividedBy(Rational.of(q));
        return eq(Expression.divide(add(x(), b), n(q)), n(right));
    }
}
