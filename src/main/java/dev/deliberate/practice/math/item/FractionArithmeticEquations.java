package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.fraction;
import static dev.deliberate.practice.math.item.Parts.properFraction;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.number.Rational;
import java.math.BigInteger;

/**
 * {@code x = 1/4 + 2/3}: the four operations on fractions; denominators go from equal to related
 * to coprime, then division, mixed numbers and negative fractions.
 */
final class FractionArithmeticEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        return eq(x(), switch (difficulty.level()) {
            case 1 -> sameDenominator(dice);
            case 2 -> relatedDenominators(dice);
            case 3 -> coprimeDenominators(dice);
            case 4 -> divisionOrMixedNumber(dice);
            default -> negativeFractions(dice);
        });
    }

    private static Expression sameDenominator(Dice dice) {
        int q = dice.between(3, 9);
        Rational a = properFraction(dice, q);
        Rational b = properFraction(dice, q);
        Rational larger = a.compareTo(b) >= 0 ? a : b;
        Rational smaller = larger == a ? b : a;
        return dice.chance(0.5)
                ? Expression.plus(fraction(a.numerator().longValue(), q), fraction(b.numerator().longValue(), q))
                : Expression.minus(fraction(larger), fraction(smaller));
    }

    private static Expression relatedDenominators(Dice dice) {
        int q = dice.between(2, 5);
        Rational a = properFraction(dice, q);
        Rational b = properFraction(dice, q * dice.between(2, 3));
        return dice.chance(0.5) ? Expression.plus(fraction(a), fraction(b)) : Expression.minus(fraction(a), fraction(b));
    }

    private static Expression coprimeDenominators(Dice dice) {
        int p = dice.between(2, 7);
        int q = dice.between(2, 7);
        while (p == q || BigInteger.valueOf(p).gcd(BigInteger.valueOf(q)).intValue() != 1) {
            q = dice.between(2, 7);
        }
        Expression a = fraction(properFraction(dice, p));
        Expression b = fraction(properFraction(dice, q));
        return switch (dice.between(1, 3)) {
            case 1 -> Expression.plus(a, b);
            case 2 -> Expression.minus(a, b);
            default -> Expression.times(a, b);
        };
    }

    private static Expression divisionOrMixedNumber(Dice dice) {
        Expression a = fraction(properFraction(dice, dice.between(2, 9)));
        Expression b = fraction(properFraction(dice, dice.between(2, 9)));
        if (dice.chance(0.5)) {
            return Expression.divide(a, b);
        }
        Rational mixed = Rational.of(dice.between(1, 4)).plus(properFraction(dice, dice.between(2, 6)));
        return Expression.minus(new Literal(mixed, Literal.Notation.MIXED), b);
    }

    private static Expression negativeFractions(Dice dice) {
        Rational a = properFraction(dice, dice.between(2, 8));
        Rational b = properFraction(dice, dice.between(2, 8)).negate();
        Rational c = properFraction(dice, dice.between(2, 8));
        while (c.equals(a)) {
            c = properFraction(dice, dice.between(2, 8));
        }
        return dice.chance(0.5)
                ? Expression.times(Expression.minus(fraction(a), fraction(c)), fraction(b))
                : Expression.plus(Expression.divide(fraction(b), fraction(c)), fraction(a));
    }
}
