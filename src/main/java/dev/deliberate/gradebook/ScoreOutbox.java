package dev.deliberate.gradebook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/**
 * The score outbox in the database. A change bumps the row's version and pushes its send back to
 * a quiet moment ({@code dueAt}), but never past the limit set by the first change not yet sent
 * ({@code dueLimit}): attempts in quick succession become one score, and a long session still
 * reports regularly. A sender must claim a row (a conditional UPDATE with a lease) before sending,
 * and reports back only while it holds the claim.
 */
@Component
class ScoreOutbox {

    private final JdbcClient jdbc;

    ScoreOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new score (and completion) for delivery; one row per (assignment, student). The
     * score kept is the best the student has reached in the assignment: practice must never cost a
     * grade (a slip, a prerequisite detour or a review lowers mastery for a while), so the gradebook
     * shows the highest assignment score and only ever rises. The send is due at {@code dueAt} (a quiet moment from now), or at {@code limit} if this is the
     * first change since the last send and the student keeps going.
     *
     * <p>A row given up on after transient failures (the platform was unreachable for longer than
     * the retries last) starts over with the new version: the student's progress would otherwise stop
     * reaching the gradebook until the teacher noticed. A row the platform refused (422 for Canvas's
     * Test Student, 404 for a deleted line item) stays failed until the teacher retries it: a new
     * score does not change why it was refused, and sending every change again would only be refused
     * again.
     */
    void changed(long linkId, long membershipId, long contextId, double score, boolean completed, Instant now, Instant dueAt,
            Instant limit) {
        // status is assigned last, so every CASE reads the old values (MySQL applies SET left to right)
        int updated = jdbc.sql("""
                UPDATE gradebook_sync SET score = GREATEST(score, ?), completed = (completed OR ?), version = version + 1, changed_at = ?,
                    due_at = CASE WHEN status = 'SENT' OR (status = 'FAILED' AND gave_up) THEN ?
                        WHEN status = 'PENDING' THEN LEAST(?, due_limit) ELSE due_at END,
                    due_limit = CASE WHEN status = 'SENT' OR (status = 'FAILED' AND gave_up) THEN ? ELSE due_limit END,
                    attempts = CASE WHEN status = 'FAILED' AND gave_up THEN 0 ELSE attempts END,
                    status = CASE WHEN status = 'SENT' OR (status = 'FAILED' AND gave_up) THEN 'PENDING' ELSE status END
                WHERE link_id = ? AND membership_id = ?""")
                .params(score, completed, DbTime.of(now), DbTime.of(dueAt), DbTime.of(dueAt), DbTime.of(limit), linkId, membershipId)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO gradebook_sync (link_id, membership_id, context_id, score, completed, version, sent_version, status,
                            due_at, due_limit, changed_at) VALUES (?, ?, ?, ?, ?, 1, 0, 'PENDING', ?, ?, ?)""")
                        .params(linkId, membershipId, contextId, score, completed, DbTime.of(dueAt), DbTime.of(limit), DbTime.of(now))
                        .update();
            }
            catch (DuplicateKeyException concurrentFirstChange) {
                changed(linkId, membershipId, contextId, score, completed, now, dueAt, limit);
            }
        }
    }

    /** Rows due now and not held by a live claim, oldest due first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM gradebook_sync WHERE status IN ('PENDING', 'RETRYING') AND due_at <= ? "
                + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY due_at LIMIT " + limit)
                .params(DbTime.of(now), DbTime.of(now)).query(Long.class).list();
    }

    /** Takes a due row for this node until {@code until}; false when another node was faster. */
    boolean claim(long id, String node, Instant now, Instant until) {
        return jdbc.sql("UPDATE gradebook_sync SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status IN ('PENDING', 'RETRYING') "
                + "AND due_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(node, DbTime.of(until), id, DbTime.of(now), DbTime.of(now)).update() == 1;
    }

    /**
     * Renews this node's lease on a row until {@code until}, just before its send; false when the
     * lease ran out (another node may have claimed the row since) or another node holds it.
     */
    boolean hold(SyncRow row, String node, Instant now, Instant until) {
        return jdbc.sql("UPDATE gradebook_sync SET claimed_until = ? WHERE id = ? AND claimed_by = ? AND claimed_until > ?")
                .params(DbTime.of(until), row.id(), node, DbTime.of(now)).update() == 1;
    }

    /** Puts a claimed row back unsent, due again at {@code dueAt}, without counting an attempt. */
    void postpone(SyncRow row, String node, Instant dueAt) {
        jdbc.sql("UPDATE gradebook_sync SET due_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(DbTime.of(dueAt), row.id(), node).update();
    }

    Optional<SyncRow> read(long id) {
        return jdbc.sql("SELECT id, link_id, membership_id, context_id, score, completed, version, sent_version, attempts, last_timestamp, "
                + "stamp_version, stamp_timestamp, last_status FROM gradebook_sync WHERE id = ?").param(id)
                .query((rs, i) -> new SyncRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5),
                        rs.getBoolean(6), rs.getLong(7), rs.getLong(8), rs.getInt(9), DbTime.read(rs, "last_timestamp"),
                        rs.getObject(11, Long.class), DbTime.read(rs, "stamp_timestamp"), rs.getObject(13, Integer.class)))
                .optional();
    }

    /**
     * Fixes the timestamp of {@code row}'s version before its first send, so that a resend (after a
     * timeout, or by another node after this one died) is the same score to the platform. False
     * when this node no longer holds the claim.
     */
    boolean stamp(SyncRow row, String node, Instant timestamp) {
        return jdbc.sql("UPDATE gradebook_sync SET stamp_version = ?, stamp_timestamp = ? WHERE id = ? AND claimed_by = ?")
                .params(row.version(), DbTime.of(timestamp), row.id(), node).update() == 1;
    }

    /**
     * Drops the timestamp fixed for {@code row}'s version, which the platform refused as not newer
     * than the one it holds: the next attempt fixes a later one. The refused timestamp stays as the
     * floor for it.
     */
    void unstamp(SyncRow row, String node) {
        jdbc.sql("UPDATE gradebook_sync SET stamp_version = NULL WHERE id = ? AND claimed_by = ? AND stamp_version = ?")
                .params(row.id(), node, row.version()).update();
    }

    /**
     * The score of {@code version} reached the platform. If the row changed meanwhile, it stays
     * pending, due at the next quiet moment ({@code nextDue}) or at {@code nextLimit}; otherwise it is sent.
     */
    void delivered(SyncRow row, String node, double score, Instant timestamp, Instant now, Instant nextDue, Instant nextLimit) {
        jdbc.sql("""
                UPDATE gradebook_sync SET sent_version = ?, sent_score = ?, last_timestamp = ?, last_sent_at = ?, attempts = 0,
                    last_error = NULL, last_status = NULL,
                    due_at = CASE WHEN version > ? THEN ? ELSE due_at END,
                    due_limit = CASE WHEN version > ? THEN ? ELSE due_limit END,
                    status = CASE WHEN version > ? THEN 'PENDING' ELSE 'SENT' END,
                    claimed_by = NULL, claimed_until = NULL
                WHERE id = ? AND claimed_by = ?""")
                .params(row.version(), score, DbTime.of(timestamp), DbTime.of(now), row.version(), DbTime.of(nextDue), row.version(),
                        DbTime.of(nextLimit), row.version(), row.id(), node).update();
    }

    /** A transient failure: try again at {@code retryAt}. */
    void retry(SyncRow row, String node, int attempts, Instant retryAt, String error, int status) {
        jdbc.sql("UPDATE gradebook_sync SET status = 'RETRYING', attempts = ?, due_at = ?, last_error = ?, last_status = ?, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(attempts, DbTime.of(retryAt), cut(error), status, row.id(), node).update();
    }

    /**
     * A permanent failure, or transient ones retried too often ({@code gaveUp}): kept for the teacher
     * to see. A row given up on is sent again with its next version; a refused one is not.
     */
    void failed(SyncRow row, String node, int attempts, String error, int status, boolean gaveUp) {
        jdbc.sql("UPDATE gradebook_sync SET status = 'FAILED', attempts = ?, last_error = ?, last_status = ?, gave_up = ?, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(attempts, cut(error), status, gaveUp, row.id(), node).update();
    }

    /** A teacher asks to try a failed score again. */
    boolean retryNow(long linkId, long contextId, long membershipId, Instant now) {
        return jdbc.sql("UPDATE gradebook_sync SET status = 'PENDING', attempts = 0, due_at = ?, due_limit = ? "
                + "WHERE link_id = ? AND context_id = ? AND membership_id = ? AND status = 'FAILED'")
                .params(DbTime.of(now), DbTime.of(now), linkId, contextId, membershipId).update() > 0;
    }

    private static String cut(String error) {
        return error == null || error.length() <= 600 ? error : error.substring(0, 600);
    }
}
