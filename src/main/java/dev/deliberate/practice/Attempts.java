package dev.deliberate.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.shared.DbTime;

/** Every response a learner gave, with its diagnosis and how long it took. */
@Component
class Attempts {

    static final int MAX_ANSWER = 200;
    static final int MAX_WORK = 4000;

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    Attempts(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    void record(PracticeItem item, Response response, Checked checked, boolean assisted, Integer timeTakenMs, Instant at) {
        jdbc.sql("""
                INSERT INTO practice_attempt (session_id, item_id, answer, work, verdict, line_no, misconception, assisted, time_taken_ms, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.sessionId(), item.id(), response.answer(), String.join("\n", response.workLines()), checked.verdict().name(),
                        checked.correct() ? null : checked.line(), checked.misconception(), assisted, timeTakenMs, DbTime.of(at))
                .update();
        // deliberate.attempts{verdict, misconception}: whether a wrong answer's mistake was named
        meters.counter("deliberate.attempts", "verdict", checked.verdict().name(), "misconception",
                checked.misconception() == null ? "none" : "named").increment();
    }

    /** The item's latest answer and work, to base a hint on. */
    Optional<Response> latest(long itemId) {
        return jdbc.sql("SELECT answer, work FROM practice_attempt WHERE item_id = ? ORDER BY id DESC LIMIT 1").param(itemId)
                .query((rs, i) -> new Response(rs.getString(1), lines(rs.getString(2)))).optional();
    }

    /**
     * How many of a session's items after {@code seq} had an answer showing {@code misconception}.
     * Read from the window of items (by session and seq), then their answers: never every answer of
     * a long session.
     */
    int itemsShowing(long sessionId, String misconception, int afterSeq) {
        return jdbc.sql("""
                SELECT COUNT(DISTINCT a.item_id) FROM practice_item i JOIN practice_attempt a ON a.item_id = i.id
                WHERE i.session_id = ? AND i.seq > ? AND a.misconception = ?""")
                .params(sessionId, afterSeq, misconception).query(Integer.class).single();
    }

    /** The misconception diagnosed most often in a session's items after {@code seq}, with its count; the latest wins a tie. */
    Optional<Map.Entry<String, Integer>> mostFrequentMisconception(long sessionId, int afterSeq) {
        return jdbc.sql("""
                SELECT a.misconception, COUNT(*) AS times, MAX(a.id) AS latest FROM practice_item i
                JOIN practice_attempt a ON a.item_id = i.id
                WHERE i.session_id = ? AND i.seq > ? AND a.misconception IS NOT NULL
                GROUP BY a.misconception ORDER BY times DESC, latest DESC LIMIT 1""")
                .params(sessionId, afterSeq).query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2))).optional();
    }

    private static List<String> lines(String work) {
        return work == null || work.isBlank() ? List.of() : List.of(work.split("\n"));
    }
}
