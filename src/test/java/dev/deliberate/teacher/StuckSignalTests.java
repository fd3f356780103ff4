package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.ClassActivity.RecentAttempt;

/** The three ways a student looks stuck, and the ways they do not. */
class StuckSignalTests {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aRunOfWrongAnswersOnOneSkillStartsAtItsFirstAnswer() {
        List<RecentAttempt> answers = List.of(right(0, "two-step"), wrong(60, "two-step", null), wrong(90, "two-step", null),
                wrong(120, "two-step", null));

        StuckSignal signal = StuckSignal.of(answers, T0.plusSeconds(130)).orElseThrow();

        assertThat(signal.kind()).isEqualTo(StuckSignal.Kind.WRONG_RUN);
        assertThat(signal.since()).isEqualTo(T0.plusSeconds(60));
        assertThat(signal.count()).isEqualTo(3);
    }

    @Test
    void theSameMisconceptionAcrossSkillsIsAMistakeThatRecurs() {
        List<RecentAttempt> answers = List.of(wrong(0, "two-step", "SIGN_ERROR_MOVING_TERM"), right(30, "two-step"),
                wrong(60, "negative-numbers", "SIGN_ERROR_MOVING_TERM"), right(90, "two-step"),
                wrong(120, "negative-numbers", "SIGN_ERROR_MOVING_TERM"));

        StuckSignal signal = StuckSignal.of(answers, T0.plusSeconds(130)).orElseThrow();

        assertThat(signal.kind()).isEqualTo(StuckSignal.Kind.SAME_MISTAKE);
        assertThat(signal.misconception()).isEqualTo("SIGN_ERROR_MOVING_TERM");
        assertThat(signal.since()).isEqualTo(T0);
    }

    @Test
    void workingForMinutesWithoutARightAnswerIsNoProgressOnlyWhileActive() {
        List<RecentAttempt> answers = new ArrayList<>(List.of(right(0, "fractions"), wrong(60, "fractions", null),
                wrong(200, "decimals", null), wrong(400, "fractions", null)));

        assertThat(StuckSignal.of(answers, T0.plusSeconds(420)).orElseThrow().kind()).isEqualTo(StuckSignal.Kind.NO_PROGRESS);
        assertThat(StuckSignal.of(answers, T0.plusSeconds(400 + 180))).as("gone quiet: not active").isEmpty();
        assertThat(StuckSignal.of(answers.subList(0, 3), T0.plusSeconds(210))).as("under five minutes").isEmpty();
    }

    @Test
    void aRightAnswerLastMeansMovingAgain() {
        List<RecentAttempt> answers = List.of(wrong(0, "two-step", null), wrong(10, "two-step", null), wrong(20, "two-step", null),
                right(30, "two-step"));

        assertThat(StuckSignal.of(answers, T0.plusSeconds(40))).isEmpty();
    }

    private static RecentAttempt right(int seconds, String skill) {
        return new RecentAttempt(1, skill, "CORRECT", null, T0.plusSeconds(seconds), seconds);
    }

    private static RecentAttempt wrong(int seconds, String skill, String misconception) {
        return new RecentAttempt(1, skill, "MISTAKE", misconception, T0.plusSeconds(seconds), seconds);
    }
}
