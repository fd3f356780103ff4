package dev.deliberate.practice.math.expression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.number.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerReaderTests {

    @ParameterizedTest(name = "\"{0}\" is {1}/{2}")
    @CsvSource(delimiter = ';', value = {
            "3; 3; 1", "x = 3; 3; 1", "x=-3/4; -3; 4", "-0.75; -3; 4", "1 1/2; 3; 2", "−1½; -3; 2",
            "  x   =   −2 3/4 ; -11; 4", "3 = x; 3; 1", "x = 6/2; 3; 1", "y = 0.2; 1; 5", "(-3)/4; -3; 4",
            "x = -(1/2); -1; 2", "X=5; 5; 1"})
    void readsEveryUsualWayOfWritingTheValue(String text, long numerator, long denominator) {
        assertThat(AnswerReader.read(text, 0)).isEqualTo(new Answer.Value(Rational.of(numerator, denominator)));
    }

    @Test
    void anEquationThatIsNotSolvedIsKeptAsAnEquation() {
        Answer answer = AnswerReader.read("2x = 6", 2);
        assertThat(answer).isInstanceOf(Answer.Unsolved.class);
        assertThat(((Answer.Unsolved) answer).equation().solutions()).isEqualTo(new SolutionSet.One(Rational.of(3)));
    }

    @Test
    void unreadableAnswersSayWhy() {
        assertThat(error(" ")).isEqualTo("answer: the answer is empty");
        assertThat(error("2x")).isEqualTo("answer: give the value of x, for example x = 3");
        assertThat(error("x = 3 +")).isEqualTo("answer: something is missing after ‘+’ at position 7");
    }

    private static String error(String text) {
        return ((Answer.Unreadable) AnswerReader.read(text, 1)).error().englishText();
    }
}
