package dev.deliberate.practice;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.mastery.MasteryErasure;
import dev.deliberate.shared.IdBatches;

/**
 * Deletes the practice of members whose courses were deleted (sessions, and the focus their teachers
 * set), and their learner model, which only practice writes; in the deleting transaction.
 */
@Component
class PracticeErasure {

    private final JdbcClient jdbc;
    private final MasteryErasure mastery;

    PracticeErasure(JdbcClient jdbc, MasteryErasure mastery) {
        this.jdbc = jdbc;
        this.mastery = mastery;
    }

    @EventListener
    void on(CoursesDeleted deleted) {
        for (List<Long> batch : IdBatches.of(deleted.membershipIds())) {
            // items, attempts and reflections go with their session (ON DELETE CASCADE)
            jdbc.sql("DELETE FROM practice_session WHERE membership_id IN (:ids)").param("ids", batch).update();
            jdbc.sql("DELETE FROM practice_focus WHERE membership_id IN (:ids)").param("ids", batch).update();
        }
        for (List<Long> batch : IdBatches.of(deleted.linkIds())) {
            jdbc.sql("DELETE FROM practice_focus WHERE link_id IN (:ids)").param("ids", batch).update();
        }
        mastery.erase(deleted.membershipIds());
    }
}
