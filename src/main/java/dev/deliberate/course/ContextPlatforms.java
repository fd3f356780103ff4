package dev.deliberate.course;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The platform a course was launched from, for the pages of its sessions (cached: it hardly ever
 * changes); none for a course deleted with its registration.
 */
@Component
class ContextPlatforms {

    private final JdbcClient jdbc;
    private final Cache<Long, Optional<Long>> platforms = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    ContextPlatforms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> of(long contextId) {
        return platforms.get(contextId, id -> jdbc.sql("SELECT platform_id FROM course_context WHERE id = ?").param(id)
                .query(Long.class).optional());
    }

    /** Forgets deleted courses on this node at once and after the deletion commits (other nodes within the cache's expiry). */
    void forget(Iterable<Long> contextIds) {
        AfterCompletion.forgetNowAndAfter(() -> platforms.invalidateAll(contextIds));
    }
}
