package dev.deliberate.teacher;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.shared.IdBatches;

/** Deletes the teacher's "helped" marks of links whose courses were deleted, in the deleting transaction. */
@Component
class TeacherErasure {

    private final JdbcClient jdbc;

    TeacherErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        for (List<Long> batch : IdBatches.of(deleted.linkIds())) {
            jdbc.sql("DELETE FROM teacher_help WHERE link_id IN (:ids)").param("ids", batch).update();
        }
    }
}
