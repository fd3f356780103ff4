package dev.deliberate.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.course.DataScope;
import dev.deliberate.course.MemberData;
import dev.deliberate.mastery.MasteryErasure;
import dev.deliberate.shared.ExportRows;
import dev.deliberate.shared.IdBatches;

/**
 * The practice of members (sessions with their problems, answers and reflections, and the focus
 * their teachers set), exported or deleted; deleted too, with their learner model, which only
 * practice writes, when their courses are deleted, in the deleting transaction.
 */
@Component
class PracticeErasure implements MemberData {

    private static final String SESSIONS = "SELECT id FROM practice_session WHERE membership_id IN (:ids)";

    private final JdbcClient jdbc;
    private final MasteryErasure mastery;

    PracticeErasure(JdbcClient jdbc, MasteryErasure mastery) {
        this.jdbc = jdbc;
        this.mastery = mastery;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        erase(deleted.scope());
        mastery.erase(deleted.membershipIds());
    }

    @Override
    public String part() {
        return "practice";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(DataScope scope) {
        List<Long> members = scope.membershipIds();
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("practice_session", ExportRows.read(jdbc, "SELECT * FROM practice_session WHERE membership_id IN (:ids) ORDER BY id", members));
        for (String table : List.of("practice_item", "practice_attempt", "practice_reflection")) {
            tables.put(table, ExportRows.read(jdbc, "SELECT * FROM " + table + " WHERE session_id IN (" + SESSIONS + ") ORDER BY id",
                    members));
        }
        tables.put("practice_focus", ExportRows.read(jdbc, "SELECT * FROM practice_focus WHERE membership_id IN (:ids) "
                + "ORDER BY link_id, membership_id", members));
        return tables;
    }

    @Override
    public Map<String, Integer> erase(DataScope scope) {
        List<Long> members = scope.membershipIds();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : List.of("practice_attempt", "practice_reflection", "practice_item")) {
            deleted.put(table, IdBatches.update(jdbc, "DELETE FROM " + table + " WHERE session_id IN (" + SESSIONS + ")", members));
        }
        deleted.put("practice_session", IdBatches.update(jdbc, "DELETE FROM practice_session WHERE membership_id IN (:ids)", members));
        deleted.put("practice_focus", IdBatches.update(jdbc, "DELETE FROM practice_focus WHERE membership_id IN (:ids)", members)
                + IdBatches.update(jdbc, "DELETE FROM practice_focus WHERE link_id IN (:ids)", scope.linkIds()));
        return deleted;
    }
}
