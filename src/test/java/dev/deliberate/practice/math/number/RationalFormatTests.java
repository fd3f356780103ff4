package dev.deliberate.practice.math.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RationalFormatTests {

    @ParameterizedTest(name = "\"{0}\" reads as {1}/{2}")
    @CsvSource(delimiter = ';', value = {
            "3; 3; 1", "-3; -3; 1", "+3; 3; 1", "−7; -7; 1", "3/4; 3; 4", "-3/4; -3; 4", " 6 / 8 ; 3; 4",
            "-0.75; -3; 4", "0.5; 1; 2", ".25; 1; 4", "2,5; 5; 2", "1 1/2; 3; 2", "-2 3/4; -11; 4",
            "−2 3/4; -11; 4", "1½; 3; 2", "−1½; -3; 2", "¾; 3; 4", "- 4; -4; 1", "12.; 12; 1"})
    void readsTheFormsLearnersWrite(String text, long numerator, long denominator) {
        assertThat(RationalFormat.parse(text)).contains(Rational.of(numerator, denominator));
    }

    @ParameterizedTest(name = "\"{0}\" is not one number")
    @ValueSource(strings = {"", "abc", "3/0", "1 3/2", "1.2.3", "3 4", "--3", "x"})
    void rejectsWhatIsNotOneNumber(String text) {
        assertThat(RationalFormat.parse(text)).isEmpty();
    }

    @Test
    void writesDecimalsOnlyWhenTheyTerminate() {
        assertThat(RationalFormat.decimal(Rational.of(-3, 4))).contains("-0.75");
        assertThat(RationalFormat.decimal(Rational.of(12))).contains("12");
        assertThat(RationalFormat.decimal(Rational.of(2, 3))).isEmpty();
    }

    @Test
    void writesMixedNumbersAndDisplayText() {
        assertThat(RationalFormat.mixed(Rational.of(-11, 4))).isEqualTo("-2 3/4");
        assertThat(RationalFormat.mixed(Rational.of(3, 4))).isEqualTo("3/4");
        assertThat(RationalFormat.display(Rational.of(-3, 4))).isEqualTo("−3/4");
    }
}
