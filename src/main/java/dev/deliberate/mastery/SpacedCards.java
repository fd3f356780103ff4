package dev.deliberate.mastery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.spacing.CardPhase;
import dev.deliberate.mastery.spacing.CardSchedule;
import dev.deliberate.mastery.spacing.MemoryState;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.IdBatches;

/** The FSRS state of each card in the database: one row per (member, assignment, card key). */
@Component
class SpacedCards {

    private static final String COLUMNS = "phase, step, stability, difficulty, due_at, last_review_at, scheduled_days, reviews, lapses";

    private final JdbcClient jdbc;

    SpacedCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The card, read with a row lock when {@code forUpdate} (to settle a concurrent review). */
    Optional<CardSchedule> find(long membershipId, long linkId, String key, boolean forUpdate) {
        return jdbc.sql("SELECT card_key, " + COLUMNS + " FROM mastery_card WHERE membership_id = ? AND link_id = ? AND card_key = ?"
                + (forUpdate ? " FOR UPDATE" : "")).params(membershipId, linkId, key).query(SpacedCards::map).optional();
    }

    /** The learner's cards in the assignment by key; only those due by {@code dueBy} unless it is null. */
    Map<String, CardSchedule> of(long membershipId, long linkId, Instant dueBy) {
        String due = dueBy == null ? "" : " AND due_at <= :due";
        var query = jdbc.sql("SELECT card_key, " + COLUMNS + " FROM mastery_card WHERE membership_id = :m AND link_id = :l" + due
                + " ORDER BY card_key").param("m", membershipId).param("l", linkId);
        if (dueBy != null) {
            query = query.param("due", DbTime.of(dueBy));
        }
        Map<String, CardSchedule> cards = new LinkedHashMap<>();
        query.query((rs, i) -> Map.entry(rs.getString("card_key"), map(rs, i))).list()
                .forEach(card -> cards.put(card.getKey(), card.getValue()));
        return cards;
    }

    /**
     * How many cards the learner has met in the assignment, how many are due by {@code dueBy}, how
     * many were last answered automatically.
     */
    CardCounts counts(long membershipId, long linkId, Instant dueBy) {
        return jdbc.sql("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN last_automatic THEN 1 ELSE 0 END), 0)
                FROM mastery_card WHERE membership_id = ? AND link_id = ?""")
                .params(DbTime.of(dueBy), membershipId, linkId)
                .query((rs, i) -> new CardCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    record CardCounts(int met, int due, int automatic) {
    }

    /** The cards of several learners in one assignment, by member and key. */
    Map<Long, Map<String, CardSchedule>> ofLearners(Collection<Long> membershipIds, long linkId) {
        Map<Long, Map<String, CardSchedule>> cards = new LinkedHashMap<>();
        for (List<Long> batch : IdBatches.of(membershipIds)) {
            jdbc.sql("SELECT membership_id, card_key, " + COLUMNS + " FROM mastery_card WHERE link_id = :l AND membership_id IN (:ids)")
                    .param("l", linkId).param("ids", batch)
                    .query((rs, i) -> Map.entry(rs.getLong("membership_id"), Map.entry(rs.getString("card_key"), map(rs, i))))
                    .list().forEach(row -> cards.computeIfAbsent(row.getKey(), m -> new LinkedHashMap<>())
                            .put(row.getValue().getKey(), row.getValue().getValue()));
        }
        return cards;
    }

    /**
     * Writes the card's state after a review that started from {@code before}, and whether that
     * answer was automatic. False when another review of the same card was written in between (the
     * caller reads it again and retries).
     */
    boolean save(long membershipId, long linkId, String key, CardSchedule before, CardSchedule after, boolean automatic) {
        Object[] values = values(after, automatic);
        if (before.phase() == CardPhase.NEW) {
            try {
                jdbc.sql("INSERT INTO mastery_card (" + COLUMNS + ", last_automatic, membership_id, link_id, card_key) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(LearnerRecords.append(values, membershipId, linkId, key)).update();
                return true;
            }
            catch (DuplicateKeyException concurrentFirstReview) {
                return false;
            }
        }
        return jdbc.sql("""
                UPDATE mastery_card SET phase = ?, step = ?, stability = ?, difficulty = ?, due_at = ?, last_review_at = ?,
                    scheduled_days = ?, reviews = ?, lapses = ?, last_automatic = ?
                WHERE membership_id = ? AND link_id = ? AND card_key = ? AND reviews = ?""")
                .params(LearnerRecords.append(values, membershipId, linkId, key, before.reviews())).update() == 1;
    }

    private static Object[] values(CardSchedule card, boolean automatic) {
        return new Object[] { card.phase().name(), card.step(), card.memory().stability(), card.memory().difficulty(),
            DbTime.of(card.due()), DbTime.of(card.lastReview()), card.scheduledDays(), card.reviews(), card.lapses(), automatic };
    }

    private static CardSchedule map(ResultSet rs, int row) throws SQLException {
        return new CardSchedule(CardPhase.valueOf(rs.getString("phase")), rs.getInt("step"),
                new MemoryState(rs.getDouble("stability"), rs.getDouble("difficulty")), DbTime.read(rs, "due_at"),
                DbTime.read(rs, "last_review_at"), rs.getInt("scheduled_days"), rs.getInt("reviews"), rs.getInt("lapses"));
    }
}
