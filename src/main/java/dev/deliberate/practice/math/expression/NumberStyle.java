package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/** How an equation writes its non-integers: as fractions {@code 3/4} or as decimals {@code 0.75}. */
public enum NumberStyle {
    FRACTION, DECIMAL;

    /** Decimals when the equation already has a decimal literal, fractions otherwise. */
    public static NumberStyle of(Equation equation) {
        return hasDecimal(equation.left()) || hasDecimal(equation.right()) ? DECIMAL : FRACTION;
    }

    /** The value as a tree in this style; fractions whose decimals do not end stay fractions. */
    public Expression write(Rational value) {
        return this == DECIMAL && value.isTerminatingDecimal() ? Expression.decimal(value) : Expression.of(value);
    }

    private static boolean hasDecimal(Expression expression) {
        if (expression instanceof Literal literal) {
            return literal.notation() == Literal.Notation.DECIMAL;
        }
        if (expression instanceof Negation negation) {
            return hasDecimal(negation.operand());
        }
        return expression instanceof Operation operation
                && (hasDecimal(operation.left()) || hasDecimal(operation.right()));
    }
}
