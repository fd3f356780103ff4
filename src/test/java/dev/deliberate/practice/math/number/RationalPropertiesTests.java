package dev.deliberate.practice.math.number;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RationalPropertiesTests {

    @Property
    void additionAndMultiplicationUndoExactly(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        Assume.that(!b.isZero());
        assertThat(a.times(b).dividedBy(b)).isEqualTo(a);
        assertThat(a.dividedBy(b).times(b.reciprocal()).times(b).times(b)).isEqualTo(a);
    }

    @Property
    void everyWrittenFormReadsBackAsTheSameValue(@ForAll("rationals") Rational value) {
        assertThat(RationalFormat.parse(value.toString())).contains(value);
        assertThat(RationalFormat.parse(RationalFormat.mixed(value))).contains(value);
        assertThat(RationalFormat.parse(RationalFormat.display(value))).contains(value);
        RationalFormat.decimal(value).ifPresent(decimal -> assertThat(RationalFormat.parse(decimal)).contains(value));
    }

    @Property
    void equalValuesAreEqualRecords(@ForAll("rationals") Rational value, @ForAll("factors") long factor) {
        Rational scaled = new Rational(value.numerator().multiply(java.math.BigInteger.valueOf(factor)),
                value.denominator().multiply(java.math.BigInteger.valueOf(factor)));
        assertThat(scaled).isEqualTo(value).hasSameHashCodeAs(value);
    }

    @Property
    void anyPairIsReducedToLowestTermsWithAPositiveDenominator(@ForAll("wideIntegers") java.math.BigInteger top,
            @ForAll("wideIntegers") java.math.BigInteger bottom) {
        Assume.that(bottom.signum() != 0);
        Rational value = new Rational(top, bottom);
        java.math.BigInteger gcd = top.gcd(bottom);
        java.math.BigInteger sign = java.math.BigInteger.valueOf(bottom.signum());
        assertThat(value.denominator().signum()).isPositive();
        assertThat(value.numerator().gcd(value.denominator())).isEqualTo(java.math.BigInteger.ONE);
        assertThat(value.numerator()).isEqualTo(top.multiply(sign).divide(gcd));
        assertThat(value.denominator()).isEqualTo(bottom.abs().divide(gcd));
    }

    /** Integers on both sides of 2^62 and 2^63, where the reduction switches between longs and BigInteger. */
    @Provide
    Arbitrary<java.math.BigInteger> wideIntegers() {
        java.math.BigInteger edge = java.math.BigInteger.ONE.shiftLeft(63);
        return Arbitraries.oneOf(Arbitraries.bigIntegers().between(edge.negate().shiftLeft(2), edge.shiftLeft(2)),
                Arbitraries.bigIntegers().between(java.math.BigInteger.valueOf(-1_000), java.math.BigInteger.valueOf(1_000)),
                Arbitraries.of(java.math.BigInteger.valueOf(Long.MIN_VALUE), java.math.BigInteger.valueOf(Long.MAX_VALUE), edge,
                        edge.negate(), java.math.BigInteger.ONE.shiftLeft(62), java.math.BigInteger.ONE.shiftLeft(62).negate()));
    }

    @Provide
    Arbitrary<Rational> rationals() {
        return Arbitraries.longs().between(-10_000, 10_000)
                .flatMap(top -> Arbitraries.longs().between(1, 2_000).map(bottom -> Rational.of(top, bottom)));
    }

    @Provide
    Arbitrary<Long> factors() {
        return Arbitraries.longs().between(-50, 50).filter(factor -> factor != 0);
    }
}
