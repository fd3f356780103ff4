package dev.deliberate.mastery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Item difficulty per (skill, level), shared by every learner. Every graded attempt moves a rating,
 * so ratings live in memory and changes are written as summed deltas every few seconds: no row
 * becomes a lock every attempt waits for, and the deltas of several nodes add up in the database,
 * from which each node then reloads.
 */
@Component
class ItemRatings implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ItemRatings.class);

    private final JdbcClient jdbc;
    private final Map<Key, ItemRating> ratings = new ConcurrentHashMap<>();
    private final Map<Key, Delta> pending = new ConcurrentHashMap<>();

    ItemRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    ItemRating of(String skillId, int level) {
        return ratings.getOrDefault(new Key(skillId, level), ItemRating.unrated(level));
    }

    /** Replaces a rating after an attempt, remembering the change for the next flush. */
    void update(String skillId, int level, ItemRating before, ItemRating after) {
        Key key = new Key(skillId, level);
        ratings.put(key, after);
        pending.merge(key, new Delta(after.difficulty() - before.difficulty(), after.attempts() - before.attempts()), Delta::plus);
    }

    @Scheduled(fixedDelayString = "${deliberate.mastery.rating-flush:PT5S}")
    void flush() {
        for (Key key : pending.keySet()) {
            Delta delta = pending.remove(key);
            if (delta != null && !delta.isZero()) {
                write(key, delta);
            }
        }
        reload();
    }

    private void write(Key key, Delta delta) {
        int updated = jdbc.sql("UPDATE mastery_item_rating SET difficulty = difficulty + ?, attempts = attempts + ? "
                + "WHERE skill = ? AND difficulty_level = ?").params(delta.difficulty(), delta.attempts(), key.skill(), key.level()).update();
        if (updated == 0) {
            try {
                ItemRating prior = ItemRating.unrated(key.level());
                jdbc.sql("INSERT INTO mastery_item_rating (skill, difficulty_level, difficulty, attempts) VALUES (?, ?, ?, ?)")
                        .params(key.skill(), key.level(), prior.difficulty() + delta.difficulty(), delta.attempts()).update();
            }
            catch (DuplicateKeyException anotherNodeWasFirst) {
                write(key, delta);
            }
        }
    }

    private void reload() {
        jdbc.sql("SELECT skill, difficulty_level, difficulty, attempts FROM mastery_item_rating")
                .query((rs, i) -> Map.entry(new Key(rs.getString(1), rs.getInt(2)), new ItemRating(rs.getDouble(3), rs.getInt(4))))
                .list().forEach(e -> ratings.put(e.getKey(), pending.containsKey(e.getKey()) ? ratings.get(e.getKey()) : e.getValue()));
    }

    @Override
    public void destroy() {
        try {
            flush();
        }
        catch (RuntimeException e) {
            log.warn("Item ratings not flushed at shutdown: {}", e.getMessage());
        }
    }

    private record Key(String skill, int level) {
    }

    private record Delta(double difficulty, int attempts) {

        Delta plus(Delta other) {
            return new Delta(difficulty + other.difficulty, attempts + other.attempts);
        }

        boolean isZero() {
            return difficulty == 0 && attempts == 0;
        }
    }
}
