package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/**
 * A non-negative number as written: {@code 3}, {@code 0.75} or the mixed number {@code 1 1/2}. A
 * decimal is never whole ({@code 6.0} is read as the integer 6), so printing gives back the same tree.
 */
public record Literal(Rational value, Notation notation) implements Expression {

    /** How the number was written. */
    public enum Notation { INTEGER, DECIMAL, MIXED }

    public Literal {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a literal is never negative: " + value);
        }
        if (notation == Notation.INTEGER && !value.isInteger()
                || notation == Notation.DECIMAL && (value.isInteger() || !value.isTerminatingDecimal())
                || notation == Notation.MIXED && (value.isInteger() || value.compareTo(Rational.ONE) < 0)) {
            throw new IllegalArgumentException(value + " cannot be written as " + notation);
        }
    }

    /** A whole number. */
    public static Literal integer(Rational value) {
        return new Literal(value, Notation.INTEGER);
    }

    /** A whole number. */
    public static Literal integer(long value) {
        return integer(Rational.of(value));
    }
}
