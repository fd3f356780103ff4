package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/** Writes a {@link LinearForm} as the tidy tree a textbook would: {@code −3x + 1/2}, {@code x}, {@code 0.5x − 2}. */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    /** {@code a·x + b} with the x-term first, a minus for a negative constant, nothing for zeros. */
    public static Expression of(LinearForm form, char unknown, NumberStyle style) {
        Rational constant = form.constant();
        if (form.isConstant()) {
            return style.write(constant);
        }
        Expression term = term(form.coefficient(), unknown, style);
        if (constant.isZero()) {
            return term;
        }
        return constant.signum() > 0
                ? Expression.plus(term, style.write(constant))
                : Expression.minus(term, style.write(constant.negate()));
    }

    /** The term {@code coefficient·x}: {@code x}, {@code −x}, {@code 3x}, {@code −(2/3)x}, {@code 0.5x}. */
    public static Expression term(Rational coefficient, char unknown, NumberStyle style) {
        Unknown x = new Unknown(unknown);
        if (coefficient.equals(Rational.ONE)) {
            return x;
        }
        if (coefficient.equals(Rational.ONE.negate())) {
            return new Negation(x);
        }
        return Expression.times(style.write(coefficient), x);
    }

    /** The equation with both sides written tidily. */
    public static Equation of(LinearForm left, LinearForm right, char unknown, NumberStyle style) {
        return new Equation(of(left, unknown, style), of(right, unknown, style), unknown);
    }
}
