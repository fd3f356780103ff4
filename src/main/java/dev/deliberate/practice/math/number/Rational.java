package dev.deliberate.practice.math.number;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number, always in lowest terms with a positive denominator, so two equal
 * values are equal records. Arithmetic never rounds; dividing by zero is a programming error
 * and throws {@link ArithmeticException}.
 */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {

    public static final Rational ZERO = of(0);
    public static final Rational ONE = of(1);

    public Rational {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
            // the usual case (school numbers): reduce in longs; BigInteger's gcd led the profile of checking an answer
            long n = numerator.longValue();
            long d = denominator.longValue();
            long gcd = gcd(Math.abs(n), Math.abs(d));
            long sign = d < 0 ? -1 : 1;
            if (gcd != 1 || sign < 0) {
                numerator = BigInteger.valueOf(sign * n / gcd);
                denominator = BigInteger.valueOf(sign * d / gcd);
            }
        }
        else {
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
            BigInteger gcd = numerator.gcd(denominator);
            if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
                numerator = numerator.divide(gcd);
                denominator = denominator.divide(gcd);
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /** The integer {@code value}. */
    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** The fraction {@code numerator/denominator}, reduced. */
    public static Rational of(long numerator, long denominator) {
        return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The integer {@code value}. */
    public static Rational of(BigInteger value) {
        return new Rational(value, BigInteger.ONE);
    }

    public Rational plus(Rational other) {
        return new Rational(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational minus(Rational other) {
        return plus(other.negate());
    }

    public Rational times(Rational other) {
        return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** This divided by {@code other}; throws {@link ArithmeticException} when {@code other} is zero. */
    public Rational dividedBy(Rational other) {
        return times(other.reciprocal());
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** One over this; throws {@link ArithmeticException} for zero. */
    public Rational reciprocal() {
        return new Rational(denominator, numerator);
    }

    /** This raised to a non-negative integer power. */
    public Rational pow(int exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("negative exponent " + exponent);
        }
        return new Rational(numerator.pow(exponent), denominator.pow(exponent));
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return signum() == 0;
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /** Whether the value has a finite decimal expansion (its denominator has only factors 2 and 5). */
    public boolean isTerminatingDecimal() {
        BigInteger rest = denominator;
        for (BigInteger factor : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
            while (rest.mod(factor).signum() == 0) {
                rest = rest.divide(factor);
            }
        }
        return rest.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** {@code 3}, {@code -3/4}: the plain form the parser reads back. */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }
}
