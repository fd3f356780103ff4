package dev.deliberate.mastery;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.ExportRows;
import dev.deliberate.shared.IdBatches;

/**
 * The learner model of members (skills, their history, misconception counts, spaced-repetition
 * cards and their reviews), read whole for an export or deleted, inside the caller's transaction;
 * and the history of estimates and reviews past its retention. Item difficulties stay: they
 * describe items, pooled over every learner, and name no one.
 */
@Component
public class MasteryErasure {

    private static final List<String> TABLES = List.of("mastery_skill", "mastery_misconception", "mastery_skill_history",
            "mastery_card", "mastery_card_review");

    private final JdbcClient jdbc;

    MasteryErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of these members' learner model: table name to rows. */
    public Map<String, List<Map<String, Object>>> export(Collection<Long> membershipIds) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, ExportRows.read(jdbc, "SELECT * FROM " + table + " WHERE membership_id IN (:ids) ORDER BY membership_id",
                    membershipIds));
        }
        return tables;
    }

    /** Deletes these members' learner model: table name to rows deleted. */
    public Map<String, Integer> erase(Collection<Long> membershipIds) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : TABLES) {
            deleted.put(table, IdBatches.update(jdbc, "DELETE FROM " + table + " WHERE membership_id IN (:ids)", membershipIds));
        }
        return deleted;
    }

    /**
     * Deletes the estimates recorded after each graded answer, and the card reviews, from before
     * {@code cutoff}, at most {@code limit} rows of each: the rows deleted. The current estimates
     * ({@code mastery_skill}) and each card's memory state ({@code mastery_card}) stay.
     */
    public int forgetHistoryBefore(Instant cutoff, int limit) {
        List<Long> old = jdbc.sql("SELECT id FROM mastery_skill_history WHERE recorded_at < ? ORDER BY id LIMIT " + limit)
                .param(DbTime.of(cutoff)).query(Long.class).list();
        List<Long> reviews = jdbc.sql("SELECT id FROM mastery_card_review WHERE reviewed_at < ? ORDER BY id LIMIT " + limit)
                .param(DbTime.of(cutoff)).query(Long.class).list();
        return IdBatches.update(jdbc, "DELETE FROM mastery_skill_history WHERE id IN (:ids)", old)
                + IdBatches.update(jdbc, "DELETE FROM mastery_card_review WHERE id IN (:ids)", reviews);
    }
}
