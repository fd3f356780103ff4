package dev.deliberate.mastery.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Properties of the FSRS-6 model that hold whatever the history. */
class FsrsTests {

    private final Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULTS);

    @Test
    void stabilityIsTheWaitAtWhichRecallFallsToNinetyPercent() {
        for (double s : new double[] { 0.5, 2.3065, 40, 900 }) {
            assertThat(fsrs.retrievability(s, s)).isCloseTo(0.9, within(1e-8));
            assertThat(fsrs.retrievability(0, s)).isEqualTo(1.0);
            assertThat(fsrs.retrievability(2 * s, s)).isLessThan(fsrs.retrievability(s, s));
        }
    }

    @Test
    void aHigherDesiredRetentionBringsCardsBackSooner() {
        Fsrs strict = new Fsrs(FsrsParameters.DEFAULTS.withDesiredRetention(0.95));
        Fsrs loose = new Fsrs(FsrsParameters.DEFAULTS.withDesiredRetention(0.8));

        assertThat(fsrs.interval(30)).isEqualTo(30);
        assertThat(strict.interval(30)).isLessThan(30);
        assertThat(loose.interval(30)).isGreaterThan(30);
        assertThat(strict.interval(0.01)).isEqualTo(1);
    }

    @Test
    void aSameDayReviewRecalledNeverLowersStabilityAndAgainAlwaysRaisesDifficulty() {
        MemoryState memory = new MemoryState(5, 5);
        for (int grade = 2; grade <= 4; grade++) {
            assertThat(fsrs.next(memory, 0, 1, grade).stability()).isGreaterThanOrEqualTo(5);
        }
        assertThat(fsrs.next(memory, 0, 1, 1).stability()).isLessThan(5);
        assertThat(fsrs.next(memory, 5, 0.9, 1).difficulty()).isGreaterThan(5);
        assertThat(fsrs.next(memory, 5, 0.9, 4).difficulty()).isLessThan(5);
    }

    @Test
    void aLapseInReviewSendsTheCardToRelearningAndCountsIt() {
        Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULTS);
        Instant at = Instant.parse("2026-02-01T10:00:00Z");
        CardSchedule card = scheduler.review(CardSchedule.NEW, 4, at);
        CardSchedule lapsed = scheduler.review(card, 1, card.due());

        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(lapsed.phase()).isEqualTo(CardPhase.RELEARNING);
        assertThat(lapsed.due()).isEqualTo(card.due().plus(Duration.ofMinutes(10)));
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.memory().stability()).isLessThan(card.memory().stability());
    }

    @Test
    void parametersOutsideTheModelAreRefused() {
        List<Double> twenty = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS.subList(0, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new FsrsParameters(twenty, 0.9, 100, List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.DEFAULTS.withDesiredRetention(1.0));
        assertThatIllegalArgumentException().isThrownBy(() -> fsrs.first(5));
        assertThatIllegalArgumentException().isThrownBy(() -> new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 0.9, 100,
                List.of(Duration.ofSeconds(30)), List.of()));
    }
}
