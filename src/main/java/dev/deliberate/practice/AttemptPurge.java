package dev.deliberate.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.MasteryErasure;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.IdBatches;

/**
 * Purges answers older than {@code deliberate.privacy.attempts-retention}: the answers, the problems
 * served before the cutoff that are left without answers (never the one a learner has open), and
 * the estimates recorded after each answer, and the latest-answers summary of sessions whose latest answer is past the
 * cutoff. The current learner model, reflections and each
 * session's counts stay, so grades, groups and progress do not change. Runs on every node; each
 * period one node claims the run in the database, and every statement deletes one batch on its own,
 * so the purge never holds long locks and may stop anywhere to go on next time.
 */
@Component
class AttemptPurge {

    private static final Logger log = LoggerFactory.getLogger(AttemptPurge.class);

    private final JdbcClient jdbc;
    private final MasteryErasure mastery;
    private final RetentionProperties properties;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    AttemptPurge(JdbcClient jdbc, MasteryErasure mastery, RetentionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.mastery = mastery;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${deliberate.privacy.purge-check:1h}", initialDelayString = "${deliberate.privacy.purge-check:1h}")
    void scheduled() {
        if (properties.purges()) {
            purge();
        }
    }

    /** What one run deleted. */
    record Purged(int attempts, int items, int history) {
    }

    /** Purges if this node claims the period's run; empty when retention is off or another run was this period. */
    Optional<Purged> purge() {
        Instant now = clock.instant();
        if (!properties.purges() || !claim(now)) {
            return Optional.empty();
        }
        Instant cutoff = now.minus(properties.attemptsRetention());
        int limit = properties.purgeBatch();
        int attempts = deleteInBatches("SELECT id FROM practice_attempt WHERE created_at < ? ORDER BY id LIMIT " + limit,
                "DELETE FROM practice_attempt WHERE id IN (:ids)", cutoff);
        int items = deleteInBatches("""
                SELECT i.id FROM practice_item i WHERE i.served_at < ?
                  AND NOT EXISTS (SELECT 1 FROM practice_attempt a WHERE a.item_id = i.id)
                  AND NOT EXISTS (SELECT 1 FROM practice_session s WHERE s.current_item_id = i.id)
                ORDER BY i.id LIMIT""" + " " + limit, "DELETE FROM practice_item WHERE id IN (:ids)", cutoff);
        // a session whose latest answer is past the cutoff keeps none of its answers in its summary either
        jdbc.sql("UPDATE practice_session SET recent_answers = '' WHERE last_answer_at < ? AND recent_answers <> ''")
                .param(DbTime.of(cutoff)).update();
        int history = 0;
        int batch;
        do {
            batch = mastery.forgetHistoryBefore(cutoff, limit);
            history += batch;
        } while (batch > 0);
        log.info("Retention purge done cutoff={} attempts={} items={} history={}", cutoff, attempts, items, history);
        return Optional.of(new Purged(attempts, items, history));
    }

    /** Takes this period's run unless another node (or this one) started one less than a period ago. */
    private boolean claim(Instant now) {
        return jdbc.sql("UPDATE privacy_purge SET started_at = ?, started_by = ? WHERE name = 'attempts' "
                + "AND (started_at IS NULL OR started_at <= ?)")
                .params(DbTime.of(now), node, DbTime.of(now.minus(properties.purgeCheck()))).update() == 1;
    }

    private int deleteInBatches(String select, String delete, Instant cutoff) {
        int deleted = 0;
        List<Long> ids;
        do {
            ids = jdbc.sql(select).param(DbTime.of(cutoff)).query(Long.class).list();
            deleted += IdBatches.update(jdbc, delete, ids);
        } while (ids.size() == properties.purgeBatch());
        return deleted;
    }
}
