package dev.deliberate.llm;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.shared.IdBatches;

/**
 * Deletes the token accounting of deleted courses, in the deleting transaction. Written stories
 * stay: they name no course and no person.
 */
@Component
class LlmErasure {

    private final JdbcClient jdbc;

    LlmErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        for (List<Long> batch : IdBatches.of(deleted.contextIds())) {
            jdbc.sql("DELETE FROM llm_usage WHERE context_id IN (:ids)").param("ids", batch).update();
        }
    }
}
