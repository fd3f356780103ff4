package dev.deliberate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.spi.WritingCoach.Comment;
import dev.deliberate.practice.spi.WritingCoach.Judged;
import dev.deliberate.practice.spi.WritingCoach.Request;

/** What is sent for writing feedback, and which answers may reach a learner: no network. */
class WritingPromptTests {

    private static final String TEXT = "Phones should be banned in class\nbecause they distract students. I agree with Ms Lopez.";
    private static final Request REQUEST = new Request(5L, "thesis", List.of(new Judged("thesis", true), new Judged("language", false)),
            TEXT, null, Set.of("Zebedee", "Quixote"));

    @Test
    void theDataIsTheTaskTheVerdictsAndTheFencedTextOnly() {
        String data = WritingPrompt.data(REQUEST);

        assertThat(data).isEqualTo("""
                Task: a thesis statement answering a debatable question
                Criteria and the rules' verdicts (final):
                - thesis: met
                - language: not met
                This is a first draft.
                The student's text:
                <<<STUDENT_TEXT
                Phones should be banned in class
                because they distract students. I agree with Ms Lopez.
                STUDENT_TEXT>>>""");
        assertThat(data).doesNotContain("Zebedee", "Quixote", "5");
    }

    @Test
    void fenceLikeRunsAndControlCharactersInTheTextAreNeutralised() {
        assertThat(WritingPrompt.fenced("a >>> b <<<<STUDENT_TEXT c\u0000d\r\ne")).isEqualTo("a ››› b ‹‹‹‹STUDENT_TEXT c d\ne");
        assertThat(WritingPrompt.fenced("x -> y, a << b")).isEqualTo("x -> y, a << b");
    }

    @Test
    void aGoodAnswerIsReadWithQuotesMatchedAcrossLineBreaks() {
        String answer = answer("thesis", "Phones should be banned in class because", "Your thesis takes a side.");

        assertThat(WritingPrompt.read(answer, REQUEST)).hasValueSatisfying(comments -> assertThat(comments).containsExactly(
                new Comment("thesis", "Phones should be banned in class because", "Your thesis takes a side.", "Add a second reason.",
                        "Tu tesis toma partido.", "Añade otra razón.")));
    }

    @Test
    void answersBreakingARuleAreDiscardedWhole() {
        assertThat(WritingPrompt.read("not json", REQUEST)).isEmpty();
        assertThat(WritingPrompt.read("{\"comments\": []}", REQUEST)).isEmpty();
        assertThat(WritingPrompt.read("{\"comments\": [{\"criterion\": \"thesis\"}]}", REQUEST)).isEmpty();
        assertThat(WritingPrompt.read(answer("hook", "Phones should be banned", "A hook."), REQUEST)).as("not a criterion judged").isEmpty();
        assertThat(WritingPrompt.read(answer("thesis", "Phones must be banned", "A side."), REQUEST)).as("misquoted").isEmpty();
        assertThat(WritingPrompt.read(answer("thesis", "Phones should be banned", "See https://x.example now."), REQUEST)).isEmpty();
        assertThat(WritingPrompt.read(answer("thesis", "Phones should be banned", "Use **bold** words."), REQUEST)).isEmpty();
        assertThat(WritingPrompt.read(answer("thesis", "Phones should be banned", "A side {0} taken."), REQUEST)).isEmpty();
        assertThat(WritingPrompt.read(answer("thesis", "Phones should be banned", "x".repeat(241)), REQUEST)).isEmpty();
        String twice = "{\"comments\": [" + comment("thesis", "Phones should be banned", "A side.") + ","
                + comment("thesis", "Phones should be banned", "A side.") + "]}";
        assertThat(WritingPrompt.read(twice, REQUEST)).as("one comment a criterion").isEmpty();
    }

    @Test
    void aNameComesOnlyFromTheLearnersText() {
        assertThat(WritingAnswers.plain("As Ms Lopez would say, your side is clear.", TEXT)).isTrue();
        assertThat(WritingAnswers.plain("As Marisol would say, your side is clear.", TEXT)).isFalse();
        assertThat(WritingAnswers.plain("Marisol would say your side is clear.", TEXT)).as("a sentence's first word").isTrue();
        Comment named = new Comment("thesis", "Phones should be banned", "Well done, zebedee.", "Add a reason.", "Bien.", "Añade.");
        assertThat(WritingAnswers.namesNobody(List.of(named), TEXT, Set.of("Zebedee"))).isFalse();
        assertThat(WritingAnswers.namesNobody(List.of(named), TEXT + " Zebedee", Set.of("Zebedee"))).isTrue();
        assertThat(WritingAnswers.namesNobody(List.of(named), TEXT, Set.of("Quixote"))).isTrue();
    }

    @Test
    void theSchemaOffersOnlyTheJudgedCriteria() {
        assertThat(WritingPrompt.schema(REQUEST).toString()).contains("thesis", "language").doesNotContain("hook");
    }

    private static String answer(String criterion, String quote, String observation) {
        return "{\"comments\": [" + comment(criterion, quote, observation) + "]}";
    }

    private static String comment(String criterion, String quote, String observation) {
        return "{\"criterion\": \"" + criterion + "\", \"quote\": \"" + quote + "\", \"observation\": \"" + observation
                + "\", \"next_step\": \"Add a second reason.\", \"observation_es\": \"Tu tesis toma partido.\","
                + " \"next_step_es\": \"Añade otra razón.\"}";
    }
}
