package dev.deliberate.mastery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.spacing.MemoryState;
import dev.deliberate.shared.DbTime;

/** Every review of every card, with its response time: the record a learner's speed is read from. */
@Component
class CardReviews {

    private static final String COLUMNS = "card_key, item_type, rating, correct, automatic, response_ms, retention_before, reviewed_at";

    private final JdbcClient jdbc;

    CardReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(LearnerRef learner, CardAnswer answer, ReviewRating rating, double retentionBefore, MemoryState after) {
        jdbc.sql("INSERT INTO mastery_card_review (membership_id, link_id, " + COLUMNS + ", stability, difficulty) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(learner.membershipId(), learner.linkId(), answer.cardKey(), answer.type().name(), rating.name(),
                        answer.right(), answer.automatic(), answer.responseTime().toMillis(), retentionBefore,
                        DbTime.of(answer.at()), after.stability(), after.difficulty())
                .update();
    }

    /**
     * The response times of the learner's latest right answers in the assignment, newest first: at
     * most {@code limit} given at or after {@code since} and at most {@code limit} given before it.
     * One round trip over an index that holds every column read.
     */
    RightTimes rightTimes(long membershipId, long linkId, Instant since, int limit) {
        RightTimes times = new RightTimes(new ArrayList<>(), new ArrayList<>());
        jdbc.sql("""
                (SELECT 1 AS recent, response_ms FROM mastery_card_review
                 WHERE membership_id = :m AND link_id = :l AND correct = TRUE AND reviewed_at >= :since ORDER BY reviewed_at DESC LIMIT :n)
                UNION ALL
                (SELECT 0 AS recent, response_ms FROM mastery_card_review
                 WHERE membership_id = :m AND link_id = :l AND correct = TRUE AND reviewed_at < :since ORDER BY reviewed_at DESC LIMIT :n)""")
                .param("m", membershipId).param("l", linkId).param("since", DbTime.of(since)).param("n", limit)
                .query(rs -> {
                    (rs.getInt(1) == 1 ? times.since() : times.before()).add(Duration.ofMillis(rs.getLong(2)));
                });
        return times;
    }

    /** Response times of right answers since a moment and before it, newest first. */
    record RightTimes(List<Duration> since, List<Duration> before) {
    }

    /** The reviews of one card, oldest first. */
    List<PastReview> of(long membershipId, long linkId, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_card_review WHERE membership_id = ? AND link_id = ? AND card_key = ? "
                + "ORDER BY reviewed_at, id").params(membershipId, linkId, key).query(CardReviews::map).list();
    }

    /** Every review in the assignment with its card key, oldest first. */
    List<KeyedReview> all(long membershipId, long linkId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_card_review WHERE membership_id = ? AND link_id = ? ORDER BY reviewed_at, id")
                .params(membershipId, linkId).query((rs, i) -> new KeyedReview(rs.getString("card_key"), map(rs, i))).list();
    }

    record KeyedReview(String cardKey, PastReview review) {
    }

    /** When each card of the assignment was reviewed and the stability each review left, oldest first. */
    List<Memory> memories(long membershipId, long linkId) {
        return jdbc.sql("SELECT card_key, reviewed_at, stability FROM mastery_card_review WHERE membership_id = ? AND link_id = ? "
                + "ORDER BY reviewed_at, id").params(membershipId, linkId)
                .query((rs, i) -> new Memory(rs.getString("card_key"), DbTime.read(rs, "reviewed_at"), rs.getDouble("stability"))).list();
    }

    record Memory(String cardKey, Instant at, double stability) {
    }

    private static PastReview map(ResultSet rs, int row) throws SQLException {
        return new PastReview(DbTime.read(rs, "reviewed_at"), ItemType.valueOf(rs.getString("item_type")),
                ReviewRating.valueOf(rs.getString("rating")), rs.getBoolean("correct"), rs.getBoolean("automatic"),
                Duration.ofMillis(rs.getLong("response_ms")), rs.getDouble("retention_before"));
    }
}
