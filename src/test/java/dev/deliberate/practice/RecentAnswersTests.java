package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RecentAnswersTests {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00.123Z");

    @Test
    void keepsTheLatestTwelveOldestFirst() {
        String text = "";
        for (int i = 0; i < 15; i++) {
            text = RecentAnswers.append(text, T0.plusSeconds(i), i % 2 == 0 ? "MISTAKE" : "CORRECT", "two-step",
                    i % 2 == 0 ? "SIGN_ERROR_MOVING_TERM" : null, 100 + i);
        }
        assertThat(RecentAnswers.read(7, text, T0)).hasSize(RecentAnswers.KEPT)
                .extracting(ClassActivity.RecentAttempt::itemId).startsWith(103L).endsWith(114L);
        assertThat(RecentAnswers.read(7, text, T0).get(0)).satisfies(a -> {
            assertThat(a.membershipId()).isEqualTo(7);
            assertThat(a.at()).isEqualTo(T0.plusSeconds(3));
            assertThat(a.verdict()).isEqualTo("CORRECT");
            assertThat(a.misconception()).isNull();
            assertThat(a.skillId()).isEqualTo("two-step");
        });
        assertThat(RecentAnswers.read(7, text, T0).get(1).misconception()).isEqualTo("SIGN_ERROR_MOVING_TERM");
    }

    @Test
    void readsOnlyAnswersSinceTheGivenTime() {
        String text = RecentAnswers.append(RecentAnswers.append("", T0, "MISTAKE", "fractions", null, 1), T0.plusSeconds(60), "UNREADABLE",
                "fractions", null, 2);
        assertThat(RecentAnswers.read(1, text, T0.plusSeconds(1))).extracting(ClassActivity.RecentAttempt::verdict).containsExactly("UNREADABLE");
        assertThat(RecentAnswers.read(1, text, T0.plusSeconds(61))).isEmpty();
        assertThat(RecentAnswers.read(1, "", T0)).isEmpty();
    }
}
