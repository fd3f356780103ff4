package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.expression.EquationParser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table per error type added for issue 9: the line a faulty step gives is named as that fault. */
class ErrorTypeTablesTests {

    private final StepChecker checker = new StepChecker();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "3x = 12       | x = 12 - 3",
            "3x = 3        | x = 3 - 3",
            "7t = 21       | t = 14",
            "12 = 4x       | 12 - 4 = x",
            "3x + 5 = 20   | x + 5 = 17",
            "-2n = 10      | n = 12"})
    void subtractingTheCoefficientInsteadOfDividing(String problem, String line) {
        assertNamed(problem, line, Misconception.SUBTRACTED_COEFFICIENT);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "-8x = 24      | x = 3",
            "-4y = -20     | y = -5",
            "10 = -5a      | a = 2",
            "-0.5x = 3     | x = 6",
            "-2x + 6 = 10  | x + 3 = 5"})
    void dividingByACoefficientWithoutItsSign(String problem, String line) {
        assertNamed(problem, line, Misconception.DIVIDED_WITHOUT_SIGN);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "-x = 5        | x = 5",
            "6 - x = 2     | x - 6 = 2",
            "-t + 3 = 7    | t - 3 = 7",
            "10 = 4 - n    | 10 = n - 4",
            "-2x = 8       | 2x = 8"})
    void multiplyingByMinusOneOnOneSideOnly(String problem, String line) {
        assertNamed(problem, line, Misconception.NEGATED_ONE_SIDE);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0.25x + 1.5 = 4   | 25x + 15 = 4",
            "0.25x + 1.5 = 4   | 25x + 15 = 40",
            "x/3 + 1/2 = 5     | x + 1 = 5",
            "0.02y + 0.3 = 1   | 2y + 3 = 100",
            "(2/3)m + 1/6 = 1  | 2m + 1 = 1"})
    void clearingFractionsOrDecimalsWithTheWrongFactor(String problem, String line) {
        assertNamed(problem, line, Misconception.WRONG_CLEARING_FACTOR);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "x = 2 + 3 * 4        | x = 20",
            "y = 10 - 4 / 2       | y = 3",
            "5 + 2(x - 1) = 21    | 7(x - 1) = 21",
            "a = 1 + 2 * 5 - 4    | a = 11",
            "2t = 4 + 6 / 2       | 2t = 5"})
    void addingBeforeMultiplying(String problem, String line) {
        assertNamed(problem, line, Misconception.ORDER_OF_OPERATIONS);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "x/3 = 4/5              | 4x = 15",
            "x/3 = 4/5              | 3x = 20",
            "(n + 1)/2 = 5/3        | 5(n + 1) = 6",
            "3/4 = a/6              | 3a = 24",
            "(x - 1)/3 = (x + 1)/5  | 3(x - 1) = 5(x + 1)"})
    void crossMultiplyingTheWrongWay(String problem, String line) {
        assertNamed(problem, line, Misconception.WRONG_CROSS_MULTIPLICATION);
    }

    @ParameterizedTest(name = "{0} → {1} is {2} on both sides")
    @CsvSource(delimiter = '|', value = {
            "2(x + 3) = 4(x - 1)    | 2x + 3 = 4x - 1   | DISTRIBUTE_FIRST_TERM_ONLY",
            "-(x - 3) = -(2x + 1)   | -x - 3 = -2x + 1  | DISTRIBUTE_FIRST_TERM_ONLY",
            "2x + 3 = x - 5         | 2x + x = -5 + 3   | SIGN_ERROR_MOVING_TERM",
            "4x + 8 = 2x + 6        | 2x + 8 = x + 6    | DIVIDE_ONE_TERM_ONLY",
            "3t + 2 = 5t - 4        | 5t = t            | COMBINED_UNLIKE_TERMS"})
    void theSameFaultOnBothSidesAtOnce(String problem, String line, Misconception expected) {
        Feedback feedback = assertNamed(problem, line, expected);
        assertThat(feedback.explanation().code()).endsWith(".both-sides");
    }

    @ParameterizedTest(name = "{0} → {1} is a slip, not a kept sign")
    @CsvSource(delimiter = '|', value = {
            "3y + 4 = 19   | 3y = 14",
            "x - 6 = 11    | x = 16",
            "-3a - 5 = 16  | -3a = 20",
            "4r + 9 = 45   | 4r = 34",
            "7 + 3x = -5   | 3x = -2"})
    void aSlipOnAMovedNumberStaysASlip(String problem, String line) {
        assertNamed(problem, line, Misconception.ARITHMETIC_SLIP);
    }

    private Feedback assertNamed(String problem, String line, Misconception expected) {
        Feedback feedback = checker.check(EquationParser.parse(problem).value(), new StudentWork(List.of(line), ""));
        assertThat(feedback.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(feedback.line()).isEqualTo(1);
        assertThat(feedback.misconception()).contains(expected);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            MathMessages messages = MathMessages.in(locale);
            assertThat(messages.render(feedback.explanation())).doesNotContain("{").startsWith(locale.getLanguage().equals("es") ? "En la línea 1" : "In line 1");
            assertThat(messages.render(feedback.hint().orElseThrow())).doesNotContain("{");
        }
        return feedback;
    }
}
