package dev.deliberate.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The timestamp of a new score version: whole seconds, and later than every timestamp this row
 * sent or fixed before, whichever node's clock fixed it.
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

    private static SyncRow row(long version, Instant lastTimestamp, Long stampVersion, Instant stampTimestamp) {
        return new SyncRow(1, 2, 3, 4, 0.5, false, version, version - 1, 0, lastTimestamp, stampVersion, stampTimestamp, null);
    }
}
