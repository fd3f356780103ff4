package dev.deliberate.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tokens spent per course and day (UTC), in the database so that every node counts against the
 * same budget. A course past its budget gets no more model calls until the next day.
 */
@Component
class TokenBudget {

    private final JdbcClient jdbc;
    private final LlmProperties properties;
    private final Clock clock;

    TokenBudget(JdbcClient jdbc, LlmProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the course may still spend tokens today. */
    boolean allows(long courseId) {
        return spent(courseId) < properties.dailyTokensPerCourse();
    }

    /** Tokens the course spent today. */
    long spent(long courseId) {
        return jdbc.sql("SELECT tokens FROM llm_usage WHERE context_id = ? AND usage_day = ?").params(courseId, today())
                .query(Long.class).optional().orElse(0L);
    }

    /** Counts one call and its tokens against the course's day. */
    void charge(long courseId, long tokens) {
        LocalDate day = today();
        if (add(courseId, day, tokens) == 0) {
            try {
                jdbc.sql("INSERT INTO llm_usage (context_id, usage_day, tokens, calls) VALUES (?, ?, ?, 1)")
                        .params(courseId, day, tokens).update();
            }
            catch (DuplicateKeyException raced) {
                add(courseId, day, tokens);
            }
        }
    }

    private int add(long courseId, LocalDate day, long tokens) {
        return jdbc.sql("UPDATE llm_usage SET tokens = tokens + ?, calls = calls + 1 WHERE context_id = ? AND usage_day = ?")
                .params(tokens, courseId, day).update();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
