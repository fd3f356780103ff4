package dev.deliberate.llm;

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
 * The token accounting of courses, exported or deleted (also when they are deleted with their
 * registration, in the deleting transaction). It is kept per course and day, never per learner, so
 * a learner's own export has none. Written stories stay: they name no course and no person.
 */
@Component
class LlmErasure implements MemberData {

    private final JdbcClient jdbc;

    LlmErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        erase(deleted.scope());
    }

    @Override
    public String part() {
        return "llm";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(DataScope scope) {
        return Map.of("llm_usage", ExportRows.read(jdbc, "SELECT * FROM llm_usage WHERE context_id IN (:ids) ORDER BY context_id, usage_day",
                scope.contextIds()));
    }

    @Override
    public Map<String, Integer> erase(DataScope scope) {
        return Map.of("llm_usage", IdBatches.update(jdbc, "DELETE FROM llm_usage WHERE context_id IN (:ids)", scope.contextIds()));
    }
}
