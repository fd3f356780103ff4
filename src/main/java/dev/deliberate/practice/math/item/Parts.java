package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.expression.Unknown;
import dev.deliberate.practice.math.number.Rational;
import java.math.BigInteger;

/** Small builders so each skill's equations read like the textbook line they produce. */
final class Parts {

    static final char X = 'x';

    private Parts() {
    }

    static Unknown x() {
        return new Unknown(X);
    }

    static Expression n(long value) {
        return Expression.of(Rational.of(value));
    }

    static Expression n(Rational value) {
        return Expression.of(value);
    }

    /** The fraction written {@code p/q} as given (not reduced), the minus on the numerator. */
    static Expression fraction(long numerator, long denominator) {
        Expression top = Literal.integer(Math.abs(numerator));
        return Expression.divide(numerator < 0 ? new Negation(top) : top, Literal.integer(denominator));
    }

    /** A proper fraction {@code p/q} in lowest terms with the given denominator. */
    static Rational properFraction(Dice dice, int denominator) {
        int numerator = dice.between(1, denominator - 1);
        while (BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).intValue() != 1) {
            numerator = dice.between(1, denominator - 1);
        }
        return Rational.of(numerator, denominator);
    }

    /** A fraction tree for a rational, even when it is whole. */
    static Expression fraction(Rational value) {
        return fraction(value.numerator().longValueExact(), value.denominator().longValueExact());
    }

    /** {@code a·x} as a textbook writes it: {@code x}, {@code −x}, {@code 3x}, {@code (2/3)x}. */
    static Expression ax(Rational coefficient) {
        return CanonicalForm.term(coefficient, X, NumberStyle.FRACTION);
    }

    static Expression ax(long coefficient) {
        return ax(Rational.of(coefficient));
    }

    /** {@code left + b}, written {@code left − |b|} when b is negative and as {@code left} when zero. */
    static Expression add(Expression left, Rational b, NumberStyle style) {
        if (b.isZero()) {
            return left;
        }
        return b.signum() > 0 ? Expression.plus(left, style.write(b)) : Expression.minus(left, style.write(b.negate()));
    }

    static Expression add(Expression left, Rational b) {
        return add(left, b, NumberStyle.FRACTION);
    }

    static Expression add(Expression left, long b) {
        return add(left, Rational.of(b));
    }

    static Equation eq(Expression left, Expression right) {
        return new Equation(left, right, X);
    }

    /** A size from {@code min} to the difficulty's largest magnitude. */
    static int size(Dice dice, Difficulty difficulty, int min) {
        return dice.between(min, Math.max(min, difficulty.maxMagnitude()));
    }

    /** A non-zero whole number, negative with the difficulty's chance. */
    static int signed(Dice dice, Difficulty difficulty, int min) {
        return size(dice, difficulty, min) * dice.sign(difficulty.negativeChance());
    }

    /**
     * A whole answer, or at higher levels sometimes one with {@code divisor} as denominator, so
     * that {@code divisor·answer} stays whole and the equation's numbers stay integers.
     */
    static Rational answer(Dice dice, Difficulty difficulty, int divisor) {
        Rational whole = Rational.of(signed(dice, difficulty, 1));
        int denominator = Math.abs(divisor);
        if (denominator < 2 || !dice.chance(difficulty.fractionChance())) {
            return whole;
        }
        return whole.plus(Rational.of(dice.between(1, denominator - 1), denominator));
    }
}
