package dev.deliberate.demoplatform.gradebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.demoplatform.Micros;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.TransactionManagers;

/**
 * The gradebook's scores: for each (line item, learner) the score with the latest timestamp, and
 * the history of every score accepted. A score no later than the stored one is accepted and kept
 * in the history but changes nothing (AGS 2.0, score timestamp: the platform must not update a result with an older score).
 */
@Component
@Profile("demo")
public class Scores {

    private final JdbcClient jdbc;
    private final Clock clock;

    Scores(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a score; true when it became the learner's current score. */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public boolean submit(long lineItemId, ScoreSubmission score) {
        Instant received = clock.instant();
        long timestamp = Micros.of(score.timestamp());
        boolean applied = replaceIfLater(lineItemId, score, timestamp, received) || insertFirst(lineItemId, score, timestamp, received);
        jdbc.sql("""
                INSERT INTO demo_score_history (line_item_id, user_id, score_given, score_maximum, activity_progress,
                    grading_progress, comment, score_timestamp, received_at, applied)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lineItemId, score.userId(), score.scoreGiven(), score.scoreMaximum(), score.activityProgress().name(),
                        score.gradingProgress().name(), score.comment(), timestamp, DbTime.of(received), applied)
                .update();
        return applied;
    }

    /** The current scores of a line item, by user id, one page of them. */
    public List<Score> current(long lineItemId, String userId, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT s.*, TRUE AS applied FROM demo_score s WHERE line_item_id = ?");
        List<Object> params = new ArrayList<>(List.of(lineItemId));
        if (userId != null) {
            sql.append(" AND user_id = ?");
            params.add(userId);
        }
        sql.append(" ORDER BY user_id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(Scores::read).list();
    }

    /** The current scores of every line item of a course. */
    public List<Score> inCourse(String courseId) {
        return jdbc.sql("""
                SELECT s.*, TRUE AS applied FROM demo_score s JOIN demo_line_item i ON i.id = s.line_item_id
                WHERE i.course_id = ?""").param(courseId).query(Scores::read).list();
    }

    /** The latest accepted posts of a course, newest first. */
    public List<Score> history(String courseId, int limit) {
        return jdbc.sql("""
                SELECT h.* FROM demo_score_history h JOIN demo_line_item i ON i.id = h.line_item_id
                WHERE i.course_id = ? ORDER BY h.id DESC LIMIT ?""").params(courseId, limit).query(Scores::read).list();
    }

    private boolean replaceIfLater(long lineItemId, ScoreSubmission score, long timestamp, Instant received) {
        return jdbc.sql("""
                UPDATE demo_score SET score_given = ?, score_maximum = ?, activity_progress = ?, grading_progress = ?,
                    comment = ?, score_timestamp = ?, received_at = ?
                WHERE line_item_id = ? AND user_id = ? AND score_timestamp < ?""")
                .params(score.scoreGiven(), score.scoreMaximum(), score.activityProgress().name(),
                        score.gradingProgress().name(), score.comment(), timestamp, DbTime.of(received),
                        lineItemId, score.userId(), timestamp)
                .update() == 1;
    }

    private boolean insertFirst(long lineItemId, ScoreSubmission score, long timestamp, Instant received) {
        try {
            jdbc.sql("""
                    INSERT INTO demo_score (line_item_id, user_id, score_given, score_maximum, activity_progress,
                        grading_progress, comment, score_timestamp, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(lineItemId, score.userId(), score.scoreGiven(), score.scoreMaximum(),
                            score.activityProgress().name(), score.gradingProgress().name(), score.comment(),
                            timestamp, DbTime.of(received))
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            // a score was already there with the same or a later timestamp, or one arrived just now
            return replaceIfLater(lineItemId, score, timestamp, received);
        }
    }

    private static Score read(ResultSet rs, int row) throws SQLException {
        double given = rs.getDouble("score_given");
        boolean noGiven = rs.wasNull();
        double maximum = rs.getDouble("score_maximum");
        boolean noMaximum = rs.wasNull();
        return new Score(rs.getLong("line_item_id"), rs.getString("user_id"), noGiven ? null : given,
                noMaximum ? null : maximum, ActivityProgress.valueOf(rs.getString("activity_progress")),
                GradingProgress.valueOf(rs.getString("grading_progress")), rs.getString("comment"),
                Micros.instant(rs.getLong("score_timestamp")), DbTime.read(rs, "received_at"), rs.getBoolean("applied"));
    }
}
