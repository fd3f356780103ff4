package dev.deliberate.teacher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.course.DataScope;
import dev.deliberate.course.MemberData;
import dev.deliberate.shared.ExportRows;
import dev.deliberate.shared.IdBatches;

/**
 * What teachers kept about members ("helped" marks, students moved between groups) and on whole
 * links (groups renamed): exported or deleted, also when their courses are deleted, in the deleting
 * transaction. A mark a teacher made about a student stays with the student's data: it holds the
 * teacher's membership id, which names no one once that membership is gone.
 */
@Component
class TeacherErasure implements MemberData {

    private final JdbcClient jdbc;

    TeacherErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        erase(deleted.scope());
    }

    @Override
    public String part() {
        return "teacher";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(DataScope scope) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("teacher_help", ExportRows.read(jdbc, "SELECT * FROM teacher_help WHERE membership_id IN (:ids) ORDER BY link_id",
                scope.membershipIds()));
        tables.put("teacher_group_move", ExportRows.read(jdbc, "SELECT * FROM teacher_group_move WHERE membership_id IN (:ids) "
                + "ORDER BY link_id", scope.membershipIds()));
        tables.put("teacher_group_name", ExportRows.read(jdbc, "SELECT * FROM teacher_group_name WHERE link_id IN (:ids) "
                + "ORDER BY link_id, group_key", scope.linkIds()));
        return tables;
    }

    @Override
    public Map<String, Integer> erase(DataScope scope) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : List.of("teacher_help", "teacher_group_move")) {
            deleted.put(table, IdBatches.update(jdbc, "DELETE FROM " + table + " WHERE membership_id IN (:ids)", scope.membershipIds())
                    + IdBatches.update(jdbc, "DELETE FROM " + table + " WHERE link_id IN (:ids)", scope.linkIds()));
        }
        deleted.put("teacher_group_name", IdBatches.update(jdbc, "DELETE FROM teacher_group_name WHERE link_id IN (:ids)",
                scope.linkIds()));
        return deleted;
    }
}
