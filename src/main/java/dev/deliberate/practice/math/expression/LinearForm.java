package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/** The normalized form {@code coefficient·x + constant} of a linear expression. */
public record LinearForm(Rational coefficient, Rational constant) {

    public static final LinearForm ZERO = new LinearForm(Rational.ZERO, Rational.ZERO);

    /** The form of a linear expression; throws {@link IllegalArgumentException} for one that is not linear. */
    public static LinearForm of(Expression expression) {
        try {
            return Linearizer.linearize(expression);
        } catch (NotLinear notLinear) {
            throw new IllegalArgumentException("not linear: " + notLinear.code());
        }
    }

    /** The form of a plain number. */
    public static LinearForm constant(Rational value) {
        return new LinearForm(Rational.ZERO, value);
    }

    /** The form {@code coefficient·x}. */
    public static LinearForm unknown(Rational coefficient) {
        return new LinearForm(coefficient, Rational.ZERO);
    }

    public LinearForm plus(LinearForm other) {
        return new LinearForm(coefficient.plus(other.coefficient), constant.plus(other.constant));
    }

    public LinearForm minus(LinearForm other) {
        return plus(other.negate());
    }

    public LinearForm negate() {
        return new LinearForm(coefficient.negate(), constant.negate());
    }

    public LinearForm times(Rational factor) {
        return new LinearForm(coefficient.times(factor), constant.times(factor));
    }

    /** Whether x does not occur (its coefficient is zero). */
    public boolean isConstant() {
        return coefficient.isZero();
    }

    /** The value at {@code x}. */
    public Rational at(Rational x) {
        return coefficient.times(x).plus(constant);
    }
}
