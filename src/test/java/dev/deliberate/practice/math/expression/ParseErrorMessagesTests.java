package dev.deliberate.practice.math.expression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.MathMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseErrorMessagesTests {

    @ParameterizedTest(name = "line {0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "2|2x + 3 =|line 2: missing right-hand side",
            "1|= 7|line 1: missing left-hand side",
            "1|2(x + 1 = 5|line 1: unbalanced parenthesis at position 2",
            "1|2x + 1) = 5|line 1: unbalanced parenthesis at position 7",
            "3|x^2 + 1 = 5|line 3: x appears squared — only linear equations here",
            "3|x² = 9|line 3: x appears squared — only linear equations here",
            "1|x * x = 4|line 1: x appears squared — only linear equations here",
            "1|x^3 = 8|line 1: x appears with a power — only linear equations here",
            "1|2/x = 1|line 1: x appears in a denominator — only linear equations here",
            "1|x/0 = 1|line 1: division by zero",
            "1|2x + 3|line 1: no equals sign — write an equation such as 2x + 3 = 7",
            "1|x = 2 = 3|line 1: a second equals sign at position 7 — write one equation per line",
            "4|2x + = 5|line 4: something is missing after ‘+’ at position 4",
            "1|* 2 = x|line 1: ‘*’ at position 1 has nothing before it",
            "1|2x 3 = 5|line 1: missing operator before 3 at position 4",
            "1|2x + 3y = 5|line 1: this line has two letters, x and y. One letter stands for the unknown, so write every unknown with the same letter.",
            "1|x = 3 apples|line 1: ‘apples’ at position 7 looks like a word or a unit. Write only the equation: numbers, one letter, + − × ÷, brackets and =.",
            "1|2x + 3 = 5#|line 1: unexpected character ‘#’ at position 11",
            "1|1.2.3x = 5|line 1: ‘1.2.3’ at position 1 is not a number",
            "1|2() = 5|line 1: empty parentheses at position 2",
            "2|   |line 2: the line is empty",
            "1|3 = 2^x|line 1: x appears with a power — only linear equations here"})
    void explainsExactlyWhatIsWrong(int line, String text, String message) {
        ParseResult<Equation> result = EquationParser.parse(text, line);
        assertThat(result.isParsed()).isFalse();
        assertThat(result.error().englishText()).isEqualTo(message);
    }

    @Test
    void rendersTheSameErrorInSpanish() {
        ParseError error = EquationParser.parse("2x + 3 =", 2).error();
        assertThat(MathMessages.in(Locale.forLanguageTag("es")).render(error.message()))
                .isEqualTo("línea 2: falta el lado derecho");
    }

    @Test
    void neverThrowsOnVeryLongOrDeeplyNestedInput() {
        String nested = "(".repeat(90) + "x" + ")".repeat(90) + " = 1";
        assertThat(EquationParser.parse(nested).isParsed()).isTrue();
        assertThat(EquationParser.parse("x = " + "1".repeat(300)).error().code()).isEqualTo("math.parse.too-long");
        assertThat(EquationParser.parse("x = " + "9".repeat(40)).error().code()).isEqualTo("math.parse.number-too-long");
    }
}
