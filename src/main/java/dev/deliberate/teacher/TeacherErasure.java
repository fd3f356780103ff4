package dev.deliberate.teacher;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.shared.IdBatches;

/**
 * Deletes what the teacher kept on links whose courses were deleted ("helped" marks, students moved
 * between groups, groups renamed), in the deleting transaction.
 */
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
            jdbc.sql("DELETE FROM teacher_group_move WHERE link_id IN (:ids)").param("ids", batch).update();
            jdbc.sql("DELETE FROM teacher_group_name WHERE link_id IN (:ids)").param("ids", batch).update();
        }
    }
}
