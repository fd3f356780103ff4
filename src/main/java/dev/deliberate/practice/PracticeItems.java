package dev.deliberate.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.shared.DbTime;

/** Items served, with the spec that regenerates each one. */
@Component
class PracticeItems {

    /** How much history the variety planner looks at. */
    static final int HISTORY = 100;

    private final JdbcClient jdbc;

    PracticeItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PracticeItem> find(long id, long sessionId) {
        return jdbc.sql("SELECT * FROM practice_item WHERE id = ? AND session_id = ?").params(id, sessionId)
                .query(PracticeItems::map).optional();
    }

    long serve(long sessionId, int seq, PreparedItem item, String reason, String cause, Instant now) {
        ItemSpec spec = item.spec();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO practice_item (session_id, seq, skill, difficulty, context, wording, seed, item_key, reason, cause, served_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, seq, spec.skillId(), spec.difficulty(), spec.context(), spec.wording(), spec.seed(), item.key(),
                        reason, cause, DbTime.of(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(PracticeItem item, Instant finishedAt) {
        jdbc.sql("UPDATE practice_item SET attempts = ?, mistakes = ?, hints = ?, example_shown = ?, outcome = ?, finished_at = ? WHERE id = ?")
                .params(item.attempts(), item.mistakes(), item.hints(), item.exampleShown(), item.outcome(), DbTime.of(finishedAt),
                        item.id())
                .update();
    }

    /**
     * The session's latest items (at most {@value #HISTORY}) in one read: what variety needs of them
     * and the reasons they were served for. The latest one carries the learner's last answer to it
     * (a conversation goes on from what the learner said): {@code lastAnswer} when the caller has
     * just stored it, else read.
     */
    Recent recent(long sessionId, String lastAnswer) {
        List<Long> ids = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Served> latest = new ArrayList<>(jdbc.sql("SELECT id, item_key, context, reason FROM practice_item WHERE session_id = ? "
                + "ORDER BY seq DESC LIMIT " + HISTORY).param(sessionId).query((rs, i) -> {
                    ids.add(rs.getLong(1));
                    reasons.add(rs.getString(4));
                    return new Served(rs.getString(2), rs.getString(3));
                }).list());
        if (!latest.isEmpty()) {
            String answer = lastAnswer != null ? lastAnswer
                    : jdbc.sql("SELECT answer FROM practice_attempt WHERE item_id = ? ORDER BY id DESC LIMIT 1")
                            .param(ids.get(0)).query(String.class).optional().orElse(null);
            latest.set(0, new Served(latest.get(0).key(), latest.get(0).context(), answer));
        }
        Collections.reverse(latest);
        return new Recent(latest, reasons);
    }

    /**
     * A session's latest items.
     *
     * @param history as variety needs them, oldest first
     * @param reasons the reasons they were served for, newest first
     */
    record Recent(List<Served> history, List<String> reasons) {

        /** How many items in a row, up to the latest, were served with {@code reason} (at most {@code limit}). */
        int trailing(String reason, int limit) {
            int run = 0;
            while (run < Math.min(limit, reasons.size()) && reasons.get(run).equals(reason)) {
                run++;
            }
            return run;
        }
    }

    int count(long sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_item WHERE session_id = ?").param(sessionId).query(Integer.class).single();
    }

    private static PracticeItem map(ResultSet rs, int row) throws SQLException {
        ItemSpec spec = new ItemSpec(rs.getString("skill"), rs.getDouble("difficulty"), rs.getString("context"),
                rs.getString("wording"), rs.getLong("seed"));
        return new PracticeItem(rs.getLong("id"), rs.getLong("session_id"), rs.getInt("seq"), spec, rs.getString("item_key"),
                rs.getString("reason"), rs.getString("cause"), rs.getInt("attempts"), rs.getInt("mistakes"), rs.getInt("hints"),
                rs.getBoolean("example_shown"), rs.getString("outcome"));
    }
}
