package dev.deliberate.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/** Practice sessions in the database; every change checks the version it read. */
@Component
class PracticeSessions {

    private final JdbcClient jdbc;

    PracticeSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns {@link #map} reads, by position (MySQL Connector/J builds a name map per result set read by name). */
    private static final String COLUMNS = """
            id, membership_id, context_id, link_id, subject, learner_seed, version, status, items_done, attempts, streak, best_streak,
            block_done, reflections, final_reflection_due, interests, interests_chosen, current_item_id, completed_at, recent_answers""";

    Optional<PracticeSession> find(long membershipId, long linkId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_session WHERE membership_id = ? AND link_id = ?")
                .params(membershipId, linkId).query(PracticeSessions::map).optional();
    }

    /** The session, created on first use; a concurrent first request finds the other's row. */
    PracticeSession open(long membershipId, long contextId, long linkId, String subject, long learnerSeed, Instant now) {
        return find(membershipId, linkId).orElseGet(() -> {
            try {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO practice_session (membership_id, context_id, link_id, subject, status, learner_seed, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(membershipId, contextId, linkId, subject, SessionStatus.PRACTISING.name(), learnerSeed,
                                DbTime.of(now), DbTime.of(now)).update(keys, "id");
            }
            catch (DuplicateKeyException openedByAnotherRequest) {
                // read it below
            }
            return find(membershipId, linkId).orElseThrow();
        });
    }

    /** Writes the session's new state, with the time on task of the answers it counted, if nobody changed it since it was read. */
    void update(PracticeSession s, Instant now) {
        int updated = jdbc.sql("""
                UPDATE practice_session SET status = ?, items_done = ?, attempts = ?, streak = ?, best_streak = ?, block_done = ?,
                    reflections = ?, final_reflection_due = ?, interests = ?, interests_chosen = ?, current_item_id = ?,
                    completed_at = ?, updated_at = ?, on_task_ms = on_task_ms + ?, last_answer_at = COALESCE(?, last_answer_at),
                    recent_answers = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(s.status().name(), s.itemsDone(), s.attempts(), s.streak(), s.bestStreak(), s.blockDone(), s.reflections(),
                        s.finalReflectionDue(), String.join(",", s.interests()), s.interestsChosen(), s.currentItemId(),
                        DbTime.of(s.completedAt()), DbTime.of(now), s.answeredMs(), DbTime.of(s.answeredAt()), s.recentAnswers(), s.id(), s.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("practice session " + s.id() + " changed meanwhile");
        }
        s.answersWritten();
    }

    private static PracticeSession map(ResultSet rs, int row) throws SQLException {
        int[] counters = { rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14) };
        return new PracticeSession(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                rs.getLong(7), SessionStatus.valueOf(rs.getString(8)), counters, rs.getBoolean(15), interests(rs.getString(16)),
                rs.getBoolean(17), rs.getObject(18, Long.class), DbTime.read(rs, 19), rs.getString(20));
    }

    private static Set<String> interests(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }
}
