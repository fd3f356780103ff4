package dev.deliberate.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewScheduleTests {

    private static final Clock MASTERED_AT = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);

    private final ReviewSchedule schedule = ReviewSchedule.DEFAULT;

    @Test
    void masteredSkillIsFirstDueOneDayLater() {
        ReviewPlan plan = schedule.start(MASTERED_AT.instant());

        assertThat(plan).isEqualTo(new ReviewPlan(0, Instant.parse("2025-03-04T09:00:00Z")));
    }

    @Test
    void reviewIsDueFromItsDueInstantOnward() {
        ReviewPlan plan = schedule.start(MASTERED_AT.instant());

        assertThat(plan.isDue(later(Duration.ofDays(1).minusSeconds(1)))).isFalse();
        assertThat(plan.isDue(later(Duration.ofDays(1)))).isTrue();
        assertThat(plan.isDue(later(Duration.ofDays(40)))).isTrue();
    }

    @Test
    void passingEachReviewWhenDueExpandsTheIntervalThenRepeatsTheLast() {
        ReviewPlan plan = schedule.start(MASTERED_AT.instant());
        List<Long> waits = new ArrayList<>();
        for (int review = 0; review < 6; review++) {
            Instant reviewedAt = plan.due().plus(Duration.ofHours(2));
            plan = schedule.afterAnswer(plan, true, reviewedAt);
            waits.add(Duration.between(reviewedAt, plan.due()).toDays());
        }
        assertThat(waits).containsExactly(3L, 7L, 16L, 35L, 35L, 35L);
        assertThat(plan.step()).isEqualTo(4);
    }

    @Test
    void correctAnswerBeforeTheReviewIsDueLeavesThePlanAlone() {
        ReviewPlan plan = schedule.start(MASTERED_AT.instant());

        assertThat(schedule.afterAnswer(plan, true, later(Duration.ofHours(5)))).isEqualTo(plan);
    }

    @Test
    void lapseRestartsTheScheduleFromTheFirstInterval() {
        ReviewPlan plan = new ReviewPlan(3, later(Duration.ofDays(20)));
        Instant lapsedAt = later(Duration.ofDays(21));

        ReviewPlan restarted = schedule.afterAnswer(plan, false, lapsedAt);

        assertThat(restarted).isEqualTo(new ReviewPlan(0, lapsedAt.plus(Duration.ofDays(1))));
    }

    @Test
    void lapseBeforeTheReviewIsDueAlsoRestartsTheSchedule() {
        ReviewPlan plan = new ReviewPlan(2, later(Duration.ofDays(7)));

        assertThat(schedule.afterAnswer(plan, false, later(Duration.ofDays(1))).step()).isZero();
    }

    @Test
    void emptyOrShrinkingIntervalsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewSchedule(List.of()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReviewSchedule(List.of(Duration.ofDays(3), Duration.ofDays(1))));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReviewSchedule(List.of(Duration.ZERO)));
    }

    private static Instant later(Duration duration) {
        return Clock.offset(MASTERED_AT, duration).instant();
    }
}
