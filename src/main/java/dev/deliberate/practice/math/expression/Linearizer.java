package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/** Reduces a tree to {@code a·x + b} exactly, rejecting what is not linear in x. */
final class Linearizer {

    static final int MAX_EXPONENT = 10;

    private Linearizer() {
    }

    /** The linear form; throws {@link NotLinear} with a parse-error code when there is none. */
    static LinearForm linearize(Expression expression) {
        if (expression instanceof Literal literal) {
            return LinearForm.constant(literal.value());
        }
        if (expression instanceof Unknown) {
            return LinearForm.unknown(Rational.ONE);
        }
        if (expression instanceof Negation negation) {
            return linearize(negation.operand()).negate();
        }
        Operation operation = (Operation) expression;
        return combine(operation.operator(), linearize(operation.left()), linearize(operation.right()));
    }

    private static LinearForm combine(Operator operator, LinearForm left, LinearForm right) {
        return switch (operator) {
            case PLUS -> left.plus(right);
            case MINUS -> left.minus(right);
            case TIMES -> multiply(left, right);
            case DIVIDE -> divide(left, right);
            case POWER -> power(left, right);
        };
    }

    private static LinearForm multiply(LinearForm left, LinearForm right) {
        if (!left.isConstant() && !right.isConstant()) {
            throw new NotLinear("math.parse.squared");
        }
        return left.isConstant() ? right.times(left.constant()) : left.times(right.constant());
    }

    private static LinearForm divide(LinearForm left, LinearForm right) {
        if (!right.isConstant()) {
            throw new NotLinear("math.parse.unknown-in-denominator");
        }
        if (right.constant().isZero()) {
            throw new NotLinear("math.parse.division-by-zero");
        }
        return left.times(right.constant().reciprocal());
    }

    private static LinearForm power(LinearForm base, LinearForm exponent) {
        Rational e = exponent.constant();
        if (!exponent.isConstant() || !e.isInteger() || e.abs().compareTo(Rational.of(MAX_EXPONENT)) > 0) {
            throw new NotLinear(exponent.isConstant() ? "math.parse.bad-exponent" : "math.parse.power");
        }
        int n = e.numerator().intValueExact();
        if (!base.isConstant()) {
            return switch (n) {
                case 1 -> base;
                case 2 -> throw new NotLinear("math.parse.squared");
                default -> throw new NotLinear("math.parse.power");
            };
        }
        if (n < 0 && base.constant().isZero()) {
            throw new NotLinear("math.parse.division-by-zero");
        }
        Rational value = base.constant().pow(Math.abs(n));
        return LinearForm.constant(n < 0 ? value.reciprocal() : value);
    }
}
