package dev.deliberate.practice.math.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RationalTests {

    @Test
    void fractionsAreStoredInLowestTermsWithPositiveDenominator() {
        assertThat(Rational.of(6, -8)).isEqualTo(Rational.of(-3, 4));
        assertThat(Rational.of(6, -8).denominator()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Rational.of(0, -5)).isEqualTo(Rational.ZERO);
    }

    @Test
    void arithmeticIsExact() {
        Rational third = Rational.of(1, 3);
        assertThat(third.plus(third).plus(third)).isEqualTo(Rational.ONE);
        assertThat(Rational.of(1, 2).minus(Rational.of(1, 3))).isEqualTo(Rational.of(1, 6));
        assertThat(Rational.of(2, 3).times(Rational.of(9, 4))).isEqualTo(Rational.of(3, 2));
        assertThat(Rational.of(3, 4).dividedBy(Rational.of(-1, 2))).isEqualTo(Rational.of(-3, 2));
        assertThat(Rational.of(-2, 3).pow(3)).isEqualTo(Rational.of(-8, 27));
    }

    @Test
    void hugeValuesDoNotOverflow() {
        Rational big = Rational.of(Long.MAX_VALUE);
        assertThat(big.times(big).dividedBy(big)).isEqualTo(big);
    }

    @Test
    void divisionByZeroIsAProgrammingError() {
        assertThatThrownBy(() -> Rational.ONE.dividedBy(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesByValue() {
        assertThat(Rational.of(-1, 2)).isLessThan(Rational.of(-1, 3));
        assertThat(Rational.of(2, 4).compareTo(Rational.of(1, 2))).isZero();
    }

    @Test
    void knowsWhichFractionsHaveFiniteDecimals() {
        assertThat(Rational.of(3, 40).isTerminatingDecimal()).isTrue();
        assertThat(Rational.of(1, 3).isTerminatingDecimal()).isFalse();
        assertThat(Rational.of(7).isInteger()).isTrue();
    }
}
