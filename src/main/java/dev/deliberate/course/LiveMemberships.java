package dev.deliberate.course;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Whether a membership still exists, for the sessions that act through it: a learner whose data the
 * operator deleted has their open pages ended, so nothing is written for them again (cached; at
 * once on the node that deleted, within the cache's expiry on the others).
 */
@Component
class LiveMemberships {

    private final JdbcClient jdbc;
    private final Cache<Long, Boolean> live = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    LiveMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long membershipId) {
        return live.get(membershipId, id -> jdbc.sql("SELECT COUNT(*) FROM course_membership WHERE id = ?").param(id)
                .query(Long.class).single() > 0);
    }

    void forget(Iterable<Long> membershipIds) {
        live.invalidateAll(membershipIds);
    }
}
