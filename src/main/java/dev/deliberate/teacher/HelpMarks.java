package dev.deliberate.teacher;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseSession;
import dev.deliberate.shared.DbTime;

/** When the teacher last marked each student of the assignment as helped (table {@code teacher_help}). */
@Component
class HelpMarks {

    private final JdbcClient jdbc;

    HelpMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the student helped now; a later mark replaces an earlier one. */
    void helped(CourseSession teacher, long membershipId, Instant at) {
        int updated = jdbc.sql("UPDATE teacher_help SET helped_at = ?, helped_by = ? WHERE link_id = ? AND membership_id = ?")
                .params(DbTime.of(at), teacher.membershipId(), teacher.linkId(), membershipId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO teacher_help (link_id, membership_id, helped_at, helped_by) VALUES (?, ?, ?, ?)")
                        .params(teacher.linkId(), membershipId, DbTime.of(at), teacher.membershipId()).update();
            }
            catch (org.springframework.dao.DuplicateKeyException twoTeachersAtOnce) {
                helped(teacher, membershipId, at);
            }
        }
    }

    /** The latest mark per student of the teacher's assignment. */
    Map<Long, Instant> of(CourseSession teacher) {
        Map<Long, Instant> marks = new HashMap<>();
        jdbc.sql("SELECT membership_id, helped_at FROM teacher_help WHERE link_id = ?").param(teacher.linkId())
                .query((rs, i) -> Map.entry(rs.getLong(1), DbTime.read(rs, "helped_at"))).list()
                .forEach(e -> marks.put(e.getKey(), e.getValue()));
        return marks;
    }
}
