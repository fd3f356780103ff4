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
 * The conversation lines a model wrote for a course, exported and deleted with the course (a line
 * answers a learner's sentence and may echo it). They are kept per course, never per learner, so a
 * learner's own export has none.
 */
@Component
class ConversationLines implements MemberData {

    private final JdbcClient jdbc;

    ConversationLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        erase(deleted.scope());
    }

    @Override
    public String part() {
        return "llm-conversation";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(DataScope scope) {
        return Map.of("llm_conversation_line", ExportRows.read(jdbc,
                "SELECT * FROM llm_conversation_line WHERE context_id IN (:ids) ORDER BY context_id, created_at", scope.contextIds()));
    }

    @Override
    public Map<String, Integer> erase(DataScope scope) {
        return Map.of("llm_conversation_line", IdBatches.update(jdbc, "DELETE FROM llm_conversation_line WHERE context_id IN (:ids)",
                scope.contextIds()));
    }
}
