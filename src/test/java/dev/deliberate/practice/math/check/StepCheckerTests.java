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
    void aWordProblemsWrongSetUpIsExplainedAsASetUpError() {
        MathItem item = new ItemGenerator().generate(ItemRequest.of(MathSkill.WORD_PROBLEMS, 1, 8).inContext(ProblemContext.MUSIC));
        Feedback feedback = checker.check(item, new StudentWork(List.of("x = 12345"), "12345"));
        assertThat(feedback.line()).isEqualTo(1);
        assertThat(MathMessages.english().render(feedback.explanation()))
                .startsWith("In line 1, the equation does not describe the story");
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
}
