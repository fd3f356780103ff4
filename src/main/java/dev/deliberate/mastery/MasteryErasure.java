package dev.deliberate.mastery;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.IdBatches;

/**
 * Deletes the learner model of members who are gone (their registration was deleted), inside the
 * caller's transaction: skills, their history, misconception counts, spaced-repetition cards and
 * their reviews. Item difficulties stay: they describe items, pooled over every learner, and
 * name no one.
 */
@Component
public class MasteryErasure {

    private final JdbcClient jdbc;

    MasteryErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void erase(Collection<Long> membershipIds) {
        for (List<Long> batch : IdBatches.of(membershipIds)) {
            jdbc.sql("DELETE FROM mastery_card_review WHERE membership_id IN (:ids)").param("ids", batch).update();
            jdbc.sql("DELETE FROM mastery_card WHERE membership_id IN (:ids)").param("ids", batch).update();
            jdbc.sql("DELETE FROM mastery_misconception WHERE membership_id IN (:ids)").param("ids", batch).update();
            jdbc.sql("DELETE FROM mastery_skill_history WHERE membership_id IN (:ids)").param("ids", batch).update();
            jdbc.sql("DELETE FROM mastery_skill WHERE membership_id IN (:ids)").param("ids", batch).update();
        }
    }
}
