package dev.deliberate.gradebook;

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
 * The scores waiting for, or already sent to, the gradebook of members or of whole links: exported,
 * or deleted (also when their courses are deleted, in the deleting transaction). A sender holding
 * such a row finds it gone and sends nothing. What the LMS's gradebook already holds stays there.
 */
@Component
class GradebookErasure implements MemberData {

    private final JdbcClient jdbc;

    GradebookErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        erase(deleted.scope());
    }

    @Override
    public String part() {
        return "gradebook";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(DataScope scope) {
        return Map.of("gradebook_sync", ExportRows.read(jdbc, "SELECT * FROM gradebook_sync WHERE membership_id IN (:ids) ORDER BY id",
                scope.membershipIds()));
    }

    @Override
    public Map<String, Integer> erase(DataScope scope) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("gradebook_sync", IdBatches.update(jdbc, "DELETE FROM gradebook_sync WHERE membership_id IN (:ids)", scope.membershipIds())
                + IdBatches.update(jdbc, "DELETE FROM gradebook_sync WHERE link_id IN (:ids)", scope.linkIds()));
        return deleted;
    }
}
