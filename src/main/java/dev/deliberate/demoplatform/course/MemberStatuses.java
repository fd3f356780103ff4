package dev.deliberate.demoplatform.course;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.Micros;

/**
 * Changes to the seeded roster: a student withdrawn or enrolled again. Members never changed are
 * Active since the start; each change records when it happened, which NRPS differences report.
 */
@Component
@Profile("demo")
public class MemberStatuses {

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberStatuses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The changed members of a course, by user id. */
    public Map<String, Change> changes(String courseId) {
        return jdbc.sql("SELECT user_id, status, changed_at FROM demo_member_status WHERE course_id = ?").param(courseId)
                .query((rs, i) -> new Change(rs.getString("user_id"), MemberStatus.valueOf(rs.getString("status")),
                        Micros.instant(rs.getLong("changed_at"))))
                .list().stream().collect(Collectors.toMap(Change::userId, c -> c));
    }

    public void set(String courseId, String userId, MemberStatus status) {
        long now = Micros.of(clock.instant());
        int updated = jdbc.sql("UPDATE demo_member_status SET status = ?, changed_at = ? WHERE course_id = ? AND user_id = ?")
                .params(status.name(), now, courseId, userId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO demo_member_status (course_id, user_id, status, changed_at) VALUES (?, ?, ?, ?)")
                        .params(courseId, userId, status.name(), now).update();
            }
            catch (DuplicateKeyException e) {
                set(courseId, userId, status);
            }
        }
    }

    /** A member's status since a moment. */
    public record Change(String userId, MemberStatus status, Instant changedAt) {
    }
}
