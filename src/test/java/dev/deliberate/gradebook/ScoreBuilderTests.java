package dev.deliberate.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import dev.deliberate.course.GradeTarget;
import dev.deliberate.mastery.Mastery;
import dev.deliberate.mastery.SkillMastery;
import dev.deliberate.practice.PracticeProgress;

/**
 * The timestamp of a new score version: whole seconds, and later than every timestamp this row
 * sent or fixed before, whichever node's clock fixed it. The comment in the assignment's subject's
 * words: math's misconceptions, French's reasons, writing's criteria; never a raw code.
 */
class ScoreBuilderTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:10.700Z");

    @Test
    void aFirstVersionIsStampedNowInWholeSeconds() {
        assertThat(ScoreBuilder.timestamp(row(1, null, null, null), NOW)).isEqualTo("2026-03-01T10:00:10Z");
    }

    @Test
    void aVersionIsStampedAtLeastASecondAfterTheLastDelivered() {
        SyncRow row = row(2, Instant.parse("2026-03-01T10:00:10.200Z"), 1L, Instant.parse("2026-03-01T10:00:10Z"));

        assertThat(ScoreBuilder.timestamp(row, NOW)).isEqualTo("2026-03-01T10:00:11Z");
    }

    @Test
    void aVersionIsStampedAfterAnEarlierVersionsStampFromANodeWhoseClockRunsAhead() {
        // version 2 was stamped by a node 30 s ahead and sent, but its outcome never recorded
        SyncRow row = row(3, Instant.parse("2026-03-01T10:00:05Z"), 2L, Instant.parse("2026-03-01T10:00:40Z"));

        assertThat(ScoreBuilder.timestamp(row, NOW)).isEqualTo("2026-03-01T10:00:41Z");
    }

    @Test
    void aStampTheClockHasPassedLeavesNow() {
        SyncRow row = row(3, Instant.parse("2026-03-01T09:00:00Z"), 2L, Instant.parse("2026-03-01T09:30:00Z"));

        assertThat(ScoreBuilder.timestamp(row, NOW)).isEqualTo("2026-03-01T10:00:10Z");
    }

    @Test
    void aWritingCommentCountsExercisesAndNamesTheCriterionFurthestFromMastery() {
        ScoreBuilder builder = builder("writing", List.of("thesis", "hook", "claim"), null,
                Map.of("thesis", 0.7, "hook", 0.2, "claim", 0.99));

        assertThat(comment(builder, 0.4, 3, "en")).isEqualTo("Mastery 40% · 3 exercises · to work on: hooks");
        assertThat(comment(builder, 0.4, 1, "es")).isEqualTo("Dominio 40% · 1 ejercicio · por trabajar: ganchos");
    }

    @Test
    void aFrenchCommentCountsSentencesAndNamesTheReasonForTheMistakes() {
        ScoreBuilder builder = builder("french", List.of("compound-past"), "WRONG_AUXILIARY", Map.of("compound-past", 0.3));

        assertThat(comment(builder, 0.5, 12, "en")).isEqualTo("Mastery 50% · 12 sentences · focus: passé composé with être or avoir");
    }

    @Test
    void aMistakeCodeTheSubjectDoesNotNameIsLeftOutNotShownRaw() {
        ScoreBuilder builder = builder("writing", List.of("thesis"), "SIGN_ERROR_MOVING_TERM", Map.of("thesis", 0.3));

        assertThat(comment(builder, 0.3, 2, "en")).isEqualTo("Mastery 30% · 2 exercises · to work on: thesis statements")
                .doesNotContain("SIGN_ERROR");
    }

    @Test
    void aMathCommentKeepsItsProblemsAndMisconception() {
        ScoreBuilder builder = builder("math", List.of("two-step"), "SIGN_ERROR_MOVING_TERM", Map.of("two-step", 0.5));

        assertThat(comment(builder, 0.82, 57, "en")).startsWith("Mastery 82% · 57 problems · focus: ")
                .doesNotContain("SIGN_ERROR", "to work on");
    }

    @Test
    void everySkillMasteredLeavesTheCommentWithoutAFocus() {
        ScoreBuilder builder = builder("writing", List.of("thesis"), null, Map.of("thesis", 0.99));

        assertThat(comment(builder, 0.97, 20, "en")).isEqualTo("Mastery 97% · 20 exercises");
    }

    private String comment(ScoreBuilder builder, double score, int itemsDone, String locale) {
        SyncRow row = new SyncRow(1, 2, 3, 4, score, false, 1, 0, 0, null, null, null, null);
        GradeTarget target = new GradeTarget(1, null, null, 100.0, "link", "Essays", "user", "canvas", locale);
        when(progressOf.of(3, 2)).thenReturn(new PracticeProgress.Progress(itemsDone, false));
        return builder.build(row, target, 100, NOW).comment();
    }

    private PracticeProgress progressOf;

    /** A builder for a learner of {@code subject} who practised {@code skills}, with the given progress towards mastery per skill. */
    private ScoreBuilder builder(String subject, List<String> skills, String mainMisconception, Map<String, Double> progress) {
        progressOf = mock(PracticeProgress.class);
        when(progressOf.practised(3, 2)).thenReturn(Optional.of(new PracticeProgress.Practised(subject, skills)));
        Mastery mastery = mock(Mastery.class);
        when(mastery.mainMisconception(3)).thenReturn(Optional.ofNullable(mainMisconception));
        Map<String, SkillMastery> known = new HashMap<>();
        progress.forEach((skill, value) -> {
            SkillMastery estimate = mock(SkillMastery.class);
            known.put(skill, estimate);
            when(mastery.progress(estimate)).thenReturn(value);
            when(mastery.mastered(estimate)).thenReturn(value >= 0.95);
        });
        when(mastery.skillsOf(3)).thenReturn(known);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/math", "messages/writing", "messages/french");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ScoreBuilder(progressOf, mastery, messages);
    }

    private static SyncRow row(long version, Instant lastTimestamp, Long stampVersion, Instant stampTimestamp) {
        return new SyncRow(1, 2, 3, 4, 0.5, false, version, version - 1, 0, lastTimestamp, stampVersion, stampTimestamp, null);
    }
}
