package dev.deliberate.gradebook;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.shared.IdBatches;

/**
 * Deletes the scores waiting for, or already sent to, the gradebook of links whose courses were
 * deleted; in the deleting transaction. A sender holding such a row finds it gone and sends nothing.
 */
@Component
class GradebookErasure {

    private final JdbcClient jdbc;

    GradebookErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        for (List<Long> batch : IdBatches.of(deleted.linkIds())) {
            jdbc.sql("DELETE FROM gradebook_sync WHERE link_id IN (:ids)").param("ids", batch).update();
        }
    }
}
