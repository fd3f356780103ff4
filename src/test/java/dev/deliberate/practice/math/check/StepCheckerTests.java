package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.item.ProblemContext;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StepCheckerTests {

    private static final Equation PROBLEM = EquationParser.parse("2x + 6 = 10").value();
    private final StepChecker checker = new StepChecker();

    @Test
    void aCorrectAnswerWithoutWorkIsCorrect() {
        Feedback feedback = checker.check(PROBLEM, StudentWork.answerOnly("x = 2"));
        assertThat(feedback.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(feedback.misconception()).isEmpty();
        assertThat(MathMessages.english().render(feedback.explanation())).isEqualTo("Correct: x = 2 makes both sides equal.");
    }

    @Test
    void theFirstWrongLineIsReportedEvenWhenLaterLinesAreWrongToo() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("2x = 4", "2x = 16", "x = 7"), "7"));
        assertThat(feedback.line()).isEqualTo(2);
        assertThat(feedback.atFinalAnswer()).isFalse();
    }

    @Test
    void anUnreadableLineGetsTheParseErrorNotADiagnosis() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("2x = 4", "x ="), "2"));
        assertThat(feedback.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(feedback.line()).isEqualTo(2);
        assertThat(feedback.misconception()).isEmpty();
        assertThat(feedback.parseError()).isPresent();
        assertThat(MathMessages.english().render(feedback.explanation())).isEqualTo("line 2: missing right-hand side");
    }

    @Test
    void anUnreadableAnswerIsNamedAsTheAnswer() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("2x = 4"), "x = 2 +"));
        assertThat(feedback.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(feedback.atFinalAnswer()).isTrue();
        assertThat(feedback.line()).isEqualTo(2);
        assertThat(MathMessages.english().render(feedback.explanation())).startsWith("answer: something is missing");
    }

    @Test
    void anEmptyAnswerIsTakenFromASolvedLastLine() {
        assertThat(checker.check(PROBLEM, new StudentWork(List.of("2x = 4", "x = 2"), " ")).isCorrect()).isTrue();
        Feedback unsolved = checker.check(PROBLEM, new StudentWork(List.of("2x = 4"), ""));
        assertThat(unsolved.verdict()).isEqualTo(Verdict.UNREADABLE);
    }

    @Test
    void anEquationGivenAsTheAnswerHasStoppedEarly() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("2x = 4"), "2x = 4"));
        assertThat(feedback.misconception()).contains(Misconception.STOPPED_EARLY);
        assertThat(MathMessages.english().render(feedback.explanation()))
                .isEqualTo("In your answer, 2x = 4 is true, but x is not on its own yet, so it is not the answer.");
    }

    @Test
    void aWordProblemsFirstLineIsTheLearnersOwnEquation() {
        MathItem item = new ItemGenerator().generate(ItemRequest.of(MathSkill.WORD_PROBLEMS, 2, 8).inContext(ProblemContext.SPORTS));
        String ownEquation = item.equationText().replace(" = ", " - 0 = ");
        Feedback feedback = checker.check(item, new StudentWork(List.of(ownEquation), item.answerText()));
        assertThat(feedback.isCorrect()).isTrue();
        assertThat(feedback.workedExample().steps().get(0).reason().code()).isEqualTo("math.solve.from-story");
    }

    @Test
    void aWordProblemsSetUpWithANumberNotInTheStoryIsPointedOutAndNamesNothing() {
        MathItem item = new ItemGenerator().generate(ItemRequest.of(MathSkill.WORD_PROBLEMS, 1, 8).inContext(ProblemContext.MUSIC));
        Feedback feedback = checker.check(item, new StudentWork(List.of("x = 12345"), "12345"));
        assertThat(feedback.line()).isEqualTo(1);
        assertThat(feedback.namesMisconception()).isFalse();
        assertThat(MathMessages.english().render(feedback.explanation()))
                .isEqualTo("In line 1, your equation uses 12345, which is not a number in the story.");
    }

    @Test
    void everyFeedbackOffersAWorkedExampleAndAHintThatKeepsTheAnswer() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("2x = 10 + 6"), "8"));
        assertThat(feedback.workedExample().result().toString()).isEqualTo("x = 2");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            String hint = MathMessages.in(locale).render(feedback.hint().orElseThrow());
            assertThat(hint).doesNotContain("x = 2").doesNotContainPattern("(?<![+\\d])2(?!\\d)");
        }
    }

    @Test
    void explanationsAndHintsRenderCompletelyInBothLanguages() {
        for (TestSolutionCorpus.WrongSolution solution : TestSolutionCorpus.wrongSolutions()) {
            Feedback feedback = solution.problem().check(checker, solution.work());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                MathMessages messages = MathMessages.in(locale);
                assertThat(messages.render(feedback.explanation())).as(solution.id()).doesNotContain("{").isNotBlank();
                assertThat(messages.render(feedback.hint().orElseThrow())).as(solution.id()).doesNotContain("{");
            }
        }
    }

    @Test
    void aProblemWithoutExactlyOneSolutionIsAProgrammingError() {
        Equation identity = EquationParser.parse("2(x + 1) = 2x + 2").value();
        assertThatThrownBy(() -> checker.check(identity, StudentWork.answerOnly("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIssuesExamplesNoLongerGetAFalseStory() {
        Feedback subtracted = checker.check(EquationParser.parse("3x = 3").value(), new StudentWork(List.of("x = 3 - 3"), "0"));
        assertThat(subtracted.misconception()).contains(Misconception.SUBTRACTED_COEFFICIENT);
        assertThat(MathMessages.english().render(subtracted.explanation()))
                .isEqualTo("In line 1, the 3 in 3x was taken away, as if 3x meant 3 + x. But 3x means 3 times x, so to undo it you divide by 3.");

        Feedback answered = checker.check(EquationParser.parse("2x = 6").value(), StudentWork.answerOnly("x = 4"));
        assertThat(answered.misconception()).contains(Misconception.SUBTRACTED_COEFFICIENT);

        Feedback sign = checker.check(EquationParser.parse("-8x = 24").value(), new StudentWork(List.of("x = 3"), "3"));
        assertThat(sign.misconception()).contains(Misconception.DIVIDED_WITHOUT_SIGN);

        Feedback order = checker.check(EquationParser.parse("x = 2 + 3 * 4").value(), StudentWork.answerOnly("20"));
        assertThat(order.misconception()).contains(Misconception.ORDER_OF_OPERATIONS);
    }

    @Test
    void anUnexplainedLineNamesNothingAndShowsAValueThatProvesIt() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("7x = 100"), ""));
        assertThat(feedback.misconception()).contains(Misconception.UNKNOWN);
        assertThat(feedback.namesMisconception()).isFalse();
        assertThat(MathMessages.english().render(feedback.explanation())).isEqualTo("In line 1, this line does not follow from "
                + "the line before. With x = 100/7 this line is true, but the line before is not: its sides are 242/7 and 10. "
                + "So this step changed the equation.");
    }

    @Test
    void anUnexplainedLineOfAMoneyProblemShowsItsValuesAsDecimals() {
        Feedback feedback = checker.check(EquationParser.parse("12.75x + 8 = 110.75").value(), new StudentWork(List.of("12.75x = 51"), ""));
        assertThat(feedback.misconception()).contains(Misconception.UNKNOWN);
        assertThat(MathMessages.english().render(feedback.explanation())).as("cents, not quarters")
                .contains("With x = 4 this line is true", "its sides are 59 and 110.75").doesNotContain("/");
    }

    @Test
    void anUnexplainedAnswerShowsWhatItGivesInTheLastCorrectLine() {
        Feedback feedback = checker.check(EquationParser.parse("5x - 2 = 13").value(), StudentWork.answerOnly("17"));
        assertThat(feedback.namesMisconception()).isFalse();
        assertThat(MathMessages.english().render(feedback.explanation()))
                .isEqualTo("In your answer, x = 17 does not solve the equation: in 5x − 2 = 13 it makes the left side 83 and the right side 13.");
    }

    @Test
    void messagesUseTheProblemsOwnLetter() {
        Feedback correct = checker.check(EquationParser.parse("4n + 1 = 9").value(), StudentWork.answerOnly("n = 2"));
        assertThat(MathMessages.english().render(correct.explanation())).isEqualTo("Correct: n = 2 makes both sides equal.");
        Feedback stopped = checker.check(EquationParser.parse("4t + 1 = 9").value(), new StudentWork(List.of("4t = 8"), "4t = 8"));
        assertThat(MathMessages.english().render(stopped.explanation())).contains("t is not on its own yet");
        Feedback unlike = checker.check(EquationParser.parse("3y + 2 = 11").value(), new StudentWork(List.of("5y = 11"), ""));
        assertThat(MathMessages.english().render(unlike.explanation())).contains("one counts y’s").doesNotContain("x");
    }

    @Test
    void anAnswerInAnotherLetterIsPointedOutNotAccepted() {
        Feedback feedback = checker.check(PROBLEM, StudentWork.answerOnly("y = 2"));
        assertThat(feedback.isCorrect()).isFalse();
        assertThat(feedback.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(feedback.atFinalAnswer()).isTrue();
        assertThat(MathMessages.english().render(feedback.explanation()))
                .isEqualTo("answer: the unknown in this problem is x, but you wrote y. Use x in every line and in the answer.");
    }

    @Test
    void aLineInAnotherLetterIsPointedOut() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("2a = 4"), "a = 2"));
        assertThat(feedback.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(feedback.line()).isEqualTo(1);
        assertThat(MathMessages.english().render(feedback.explanation())).startsWith("line 1: the unknown in this problem is x, but you wrote a.");
    }

    @Test
    void aWordProblemTakesTheLetterOfTheLearnersOwnEquation() {
        MathItem item = new ItemGenerator().generate(ItemRequest.of(MathSkill.WORD_PROBLEMS, 2, 8).inContext(ProblemContext.SPORTS));
        String ownEquation = item.equationText().replace('x', 'n');
        Feedback feedback = checker.check(item, new StudentWork(List.of(ownEquation), "n = " + item.answerText()));
        assertThat(feedback.isCorrect()).isTrue();
        assertThat(MathMessages.english().render(feedback.explanation())).startsWith("Correct: n = ");
    }

    @Test
    void aWordOrUnitInALineSpeaksToTheStudent() {
        Feedback feedback = checker.check(PROBLEM, new StudentWork(List.of("2x = 4"), "x = 2 cm"));
        assertThat(feedback.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(MathMessages.english().render(feedback.explanation())).isEqualTo(
                "answer: ‘cm’ at position 7 looks like a word or a unit. Write only the equation: numbers, one letter, + − × ÷, brackets and =.");
    }
}
