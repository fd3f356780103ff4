package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.expression.EquationParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MisconceptionExamplesTests {

    private final StepChecker checker = new StepChecker();

    @ParameterizedTest(name = "{0} → {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "2x + 6 = 10     | 2x = 10 + 6      | SIGN_ERROR_MOVING_TERM",
            "5x = 3x + 8     | 5x + 3x = 8      | SIGN_ERROR_MOVING_TERM",
            "x - 4 = 9       | x = 5            | SIGN_ERROR_MOVING_TERM",
            "2x + 6 = 10     | 2x = 10          | ONE_SIDE_ONLY",
            "4x = 20         | x = 20           | ONE_SIDE_ONLY",
            "x/5 = 3         | x = 3            | ONE_SIDE_ONLY",
            "3(x - 2) = 12   | 3x - 2 = 12      | DISTRIBUTE_FIRST_TERM_ONLY",
            "-(x - 3) = 7    | -x - 3 = 7       | DISTRIBUTE_FIRST_TERM_ONLY",
            "5 - (x + 2) = 1 | 5 - x + 2 = 1    | DISTRIBUTE_FIRST_TERM_ONLY",
            "2x + 6 = 10     | x + 6 = 5        | DIVIDE_ONE_TERM_ONLY",
            "(x + 6)/2 = 5   | x/2 + 6 = 5      | DIVIDE_ONE_TERM_ONLY",
            "x/3 + 2 = 6     | x + 2 = 18       | DIVIDE_ONE_TERM_ONLY",
            "(2/3)x = 4      | x = 4 * 2/3      | RECIPROCAL_OR_FRACTION_ERROR",
            "x/3 = 4         | x = 4/3          | RECIPROCAL_OR_FRACTION_ERROR",
            "x = 1/2 + 1/3   | x = 2/5          | RECIPROCAL_OR_FRACTION_ERROR",
            "3x + 2 = 11     | 5x = 11          | COMBINED_UNLIKE_TERMS",
            "7 - 2x = 1      | 5x = 1           | COMBINED_UNLIKE_TERMS",
            "2x + 6 = 16     | 2x = 12          | ARITHMETIC_SLIP",
            "-3x = 21        | x = -8           | ARITHMETIC_SLIP",
            "2x + 3 = 9      | 7x = 100         | UNKNOWN"})
    void aFaultyStepIsRecognisedFromTheLineItProduces(String problem, String line, Misconception expected) {
        Feedback feedback = checker.check(EquationParser.parse(problem).value(), new StudentWork(List.of(line), ""));
        assertThat(feedback.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(feedback.line()).isEqualTo(1);
        assertThat(feedback.misconception()).contains(expected);
    }

    @ParameterizedTest(name = "{0}, answer {1}, is {2}")
    @CsvSource(delimiter = '|', value = {
            "2x + 6 = 10 | 8     | SIGN_ERROR_MOVING_TERM",
            "2x + 3 = 9  | 6     | STOPPED_EARLY",
            "2x + 3 = 9  | 2x=6  | STOPPED_EARLY",
            "5x = 3      | 5/3   | RECIPROCAL_OR_FRACTION_ERROR",
            "2(x + 4) = 14 | 5   | DISTRIBUTE_FIRST_TERM_ONLY",
            "3x + 6 = 12 | -2    | DIVIDE_ONE_TERM_ONLY",
            "2x + 5 = 21 | 3     | COMBINED_UNLIKE_TERMS",
            "x - 7 = 5   | 13    | ARITHMETIC_SLIP",
            "3(x - 1) + 2x = 4x + 9 | 100 | UNKNOWN"})
    void aWrongAnswerWithoutWorkIsExplainedWhereItCanBe(String problem, String answer, Misconception expected) {
        Feedback feedback = checker.check(EquationParser.parse(problem).value(), StudentWork.answerOnly(answer));
        assertThat(feedback.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(feedback.atFinalAnswer()).isTrue();
        assertThat(feedback.misconception()).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2x + 6 = 10   | 2x = 10 + 6  | In line 1, +6 moved to the other side of the equals sign but kept its sign. Moving a term across means doing the opposite operation on both sides, so it should arrive as −6.",
            "3(x - 2) = 12 | 3x - 2 = 12  | In line 1, the 3 in front of (x − 2) multiplied only the first term inside the brackets. The number in front multiplies every term inside.",
            "3x + 2 = 11   | 5x = 11      | In line 1, +3x and +2 were combined into 5x, but they are unlike terms: one counts x’s and the other is a plain number, so they cannot be added together.",
            "4x = 20       | x = 20       | In line 1, one side was divided by 4 and the other side was not. An equation stays balanced only when both whole sides get the same operation."})
    void theExplanationNamesTheLineTheErrorAndTheReason(String problem, String line, String explanation) {
        Feedback feedback = checker.check(EquationParser.parse(problem).value(), new StudentWork(List.of(line), ""));
        assertThat(MathMessages.english().render(feedback.explanation())).isEqualTo(explanation);
    }
}
