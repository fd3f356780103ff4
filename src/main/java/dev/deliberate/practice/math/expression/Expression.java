package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/**
 * An expression as the learner wrote it: the tree keeps their structure (brackets that were
 * multiplied out or not, which term was divided) so the checker can compare it with a faulty
 * step. Brackets themselves are not nodes; the printer adds them where the tree needs them.
 */
public sealed interface Expression permits Literal, Unknown, Negation, Operation {

    /** The value as the usual tree: {@code 3}, {@code -3}, {@code 3/4}, {@code -3/4} (the minus on the numerator). */
    static Expression of(Rational value) {
        Expression numerator = Literal.integer(Rational.of(value.numerator().abs()));
        Expression signed = value.signum() < 0 ? new Negation(numerator) : numerator;
        return value.isInteger() ? signed : divide(signed, Literal.integer(Rational.of(value.denominator())));
    }

    /** The value written as a decimal, negated when negative; it must terminate. */
    static Expression decimal(Rational value) {
        Expression magnitude = new Literal(value.abs(),
                value.isInteger() ? Literal.Notation.INTEGER : Literal.Notation.DECIMAL);
        return value.signum() < 0 ? new Negation(magnitude) : magnitude;
    }

    static Expression plus(Expression left, Expression right) {
        return new Operation(Operator.PLUS, left, right);
    }

    static Expression minus(Expression left, Expression right) {
        return new Operation(Operator.MINUS, left, right);
    }

    static Expression times(Expression left, Expression right) {
        return new Operation(Operator.TIMES, left, right);
    }

    static Expression divide(Expression left, Expression right) {
        return new Operation(Operator.DIVIDE, left, right);
    }
}
