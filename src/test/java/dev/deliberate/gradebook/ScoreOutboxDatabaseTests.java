package dev.deliberate.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.shared.DbTime;

/**
 * The outbox's conditional updates on each database: MySQL applies an UPDATE's SET left to right,
 * H2 all at once, and both must give the same row.
 */
abstract class ScoreOutboxDatabaseTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired
    ScoreOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRowGivenUpOnDuringAnOutageStartsOverWithItsNextVersion() {
        SyncRow row = claimed(1, "node-a");
        outbox.failed(row, "node-a", 15, "score answered 503", 503, true);

        outbox.changed(1, 1, 9, 0.6, false, NOW.plusSeconds(3600), NOW.plusSeconds(3605), NOW.plusSeconds(3720));

        Map<String, Object> after = state(row.id());
        assertThat(after.get("status")).isEqualTo("PENDING");
        assertThat(((Number) after.get("attempts")).intValue()).isZero();
        assertThat(((Number) after.get("version")).longValue()).isEqualTo(2);
        assertThat(dueAt(row.id())).isEqualTo(NOW.plusSeconds(3605));
    }

    @Test
    void aRefusedRowWaitsForTheTeacherWhateverItsNextVersion() {
        SyncRow row = claimed(2, "node-a");
        outbox.failed(row, "node-a", 1, "score answered 422", 422, false);

        outbox.changed(1, 2, 9, 0.6, false, NOW.plusSeconds(60), NOW.plusSeconds(65), NOW.plusSeconds(180));

        Map<String, Object> after = state(row.id());
        assertThat(after.get("status")).isEqualTo("FAILED");
        assertThat(((Number) after.get("attempts")).intValue()).isEqualTo(1);
        assertThat(((Number) after.get("version")).longValue()).isEqualTo(2);
    }

    @Test
    void aLowerScoreNeverLowersTheGradeThePlatformIsSent() {
        outbox.changed(7, 41, 9, 0.8, false, NOW, NOW.plusSeconds(5), NOW.plusSeconds(120));
        outbox.changed(7, 41, 9, 0.55, false, NOW.plusSeconds(1), NOW.plusSeconds(6), NOW.plusSeconds(120));
        long id = jdbc.sql("SELECT id FROM gradebook_sync WHERE link_id = 7 AND membership_id = 41").query(Long.class).single();

        assertThat(outbox.read(id).orElseThrow().score()).isEqualTo(0.8);
        outbox.changed(7, 41, 9, 0.9, true, NOW.plusSeconds(2), NOW.plusSeconds(2), NOW.plusSeconds(2));
        assertThat(outbox.read(id).orElseThrow().score()).isEqualTo(0.9);
    }

    @Test
    void onlyTheHolderOfALiveLeaseMayRenewIt() {
        SyncRow row = claimed(3, "node-a");

        assertThat(outbox.hold(row, "node-b", NOW.plusSeconds(1), NOW.plusSeconds(1).plus(LEASE))).isFalse();
        assertThat(outbox.hold(row, "node-a", NOW.plusSeconds(60), NOW.plusSeconds(60).plus(LEASE))).isTrue();
        Instant expired = NOW.plusSeconds(60).plus(LEASE).plusSeconds(1);
        assertThat(outbox.hold(row, "node-a", expired, expired.plus(LEASE))).as("the lease ran out").isFalse();
        assertThat(outbox.claim(row.id(), "node-b", expired, expired.plus(LEASE))).isTrue();
        assertThat(outbox.hold(row, "node-a", expired, expired.plus(LEASE))).as("another node has it now").isFalse();
    }

    @Test
    void aPostponedRowIsFreeAgainWithoutAnAttemptCounted() {
        SyncRow row = claimed(4, "node-a");

        outbox.postpone(row, "node-a", NOW.plusSeconds(2));

        Map<String, Object> after = state(row.id());
        assertThat(after.get("claimed_by")).isNull();
        assertThat(((Number) after.get("attempts")).intValue()).isZero();
        assertThat(dueAt(row.id())).isEqualTo(NOW.plusSeconds(2));
        assertThat(outbox.due(NOW.plusSeconds(2), 10)).contains(row.id());
    }

    @Test
    void aRefusedTimestampIsDroppedButStaysTheFloorOfTheNextOne() {
        SyncRow row = claimed(5, "node-a");
        assertThat(outbox.stamp(row, "node-a", NOW)).isTrue();

        outbox.unstamp(row, "node-a");

        SyncRow again = outbox.read(row.id()).orElseThrow();
        assertThat(again.stampedTimestamp()).isNull();
        assertThat(ScoreBuilder.timestamp(again, NOW.minusSeconds(30))).isEqualTo(NOW.plusSeconds(1));
    }

    private SyncRow claimed(long membershipId, String node) {
        outbox.changed(1, membershipId, 9, 0.5, false, NOW.minusSeconds(10), NOW.minusSeconds(5), NOW.minusSeconds(5));
        long id = jdbc.sql("SELECT id FROM gradebook_sync WHERE link_id = 1 AND membership_id = ?").param(membershipId)
                .query(Long.class).single();
        assertThat(outbox.claim(id, node, NOW, NOW.plus(LEASE))).isTrue();
        return outbox.read(id).orElseThrow();
    }

    private Map<String, Object> state(long id) {
        return jdbc.sql("SELECT status, attempts, version, claimed_by FROM gradebook_sync WHERE id = ?").param(id).query().singleRow();
    }

    private Instant dueAt(long id) {
        return jdbc.sql("SELECT due_at FROM gradebook_sync WHERE id = ?").param(id)
                .query((rs, i) -> DbTime.read(rs, "due_at")).single();
    }
}
