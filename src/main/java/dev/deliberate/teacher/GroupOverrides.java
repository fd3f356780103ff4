package dev.deliberate.teacher;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseSession;
import dev.deliberate.shared.DbTime;

/**
 * The teacher's own say over the grouping of an assignment: students moved into another group than
 * the computed one (table {@code teacher_group_move}) and groups renamed ({@code teacher_group_name}).
 * {@link ClassView} reads them over the computed grouping; each can be undone.
 */
@Component
class GroupOverrides {

    static final int MAX_NAME = 80;

    private final JdbcClient jdbc;

    GroupOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each moved student of the teacher's assignment: the group they were put in, and when. */
    Map<Long, Move> moves(CourseSession teacher) {
        Map<Long, Move> moves = new HashMap<>();
        jdbc.sql("SELECT membership_id, group_key, moved_at FROM teacher_group_move WHERE link_id = ?").param(teacher.linkId())
                .query((rs, i) -> Map.entry(rs.getLong(1), new Move(rs.getString(2), DbTime.read(rs, "moved_at")))).list()
                .forEach(e -> moves.put(e.getKey(), e.getValue()));
        return moves;
    }

    void move(CourseSession teacher, long membershipId, String groupKey, Instant at) {
        upsert("UPDATE teacher_group_move SET group_key = ?, moved_at = ?, moved_by = ? WHERE link_id = ? AND membership_id = ?",
                new Object[] { groupKey, DbTime.of(at), teacher.membershipId(), teacher.linkId(), membershipId },
                "INSERT INTO teacher_group_move (link_id, membership_id, group_key, moved_at, moved_by) VALUES (?, ?, ?, ?, ?)",
                new Object[] { teacher.linkId(), membershipId, groupKey, DbTime.of(at), teacher.membershipId() });
    }

    /** Puts the student back in the group the grouping computes. */
    void unmove(CourseSession teacher, long membershipId) {
        jdbc.sql("DELETE FROM teacher_group_move WHERE link_id = ? AND membership_id = ?").params(teacher.linkId(), membershipId).update();
    }

    /** The teacher's names of groups, by group key. */
    Map<String, String> names(CourseSession teacher) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT group_key, name FROM teacher_group_name WHERE link_id = ?").param(teacher.linkId())
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    void rename(CourseSession teacher, String groupKey, String name, Instant at) {
        upsert("UPDATE teacher_group_name SET name = ?, named_at = ?, named_by = ? WHERE link_id = ? AND group_key = ?",
                new Object[] { name, DbTime.of(at), teacher.membershipId(), teacher.linkId(), groupKey },
                "INSERT INTO teacher_group_name (link_id, group_key, name, named_at, named_by) VALUES (?, ?, ?, ?, ?)",
                new Object[] { teacher.linkId(), groupKey, name, DbTime.of(at), teacher.membershipId() });
    }

    /** Gives the group back the name the grouping computes. */
    void restoreName(CourseSession teacher, String groupKey) {
        jdbc.sql("DELETE FROM teacher_group_name WHERE link_id = ? AND group_key = ?").params(teacher.linkId(), groupKey).update();
    }

    private void upsert(String update, Object[] updateParams, String insert, Object[] insertParams) {
        if (jdbc.sql(update).params(updateParams).update() == 0) {
            try {
                jdbc.sql(insert).params(insertParams).update();
            }
            catch (DuplicateKeyException twoTeachersAtOnce) {
                jdbc.sql(update).params(updateParams).update();
            }
        }
    }

    /** A student moved by the teacher into the group {@code groupKey} at {@code at}. */
    record Move(String groupKey, Instant at) {
    }
}
