package dev.deliberate.practice;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/** The learner's reflections, one per block and one at the end, kept for the teacher. */
@Component
class Reflections {

    private final JdbcClient jdbc;

    Reflections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The learner's latest reflection in this session, to show beside the next prompt. */
    Optional<Written> latest(long sessionId) {
        return jdbc.sql("""
                SELECT prompt, prompt_misconception, prompt_count, body FROM practice_reflection
                WHERE session_id = ? ORDER BY block_no DESC LIMIT 1""")
                .param(sessionId).query((rs, i) -> new Written(new ReflectionPrompts.Prompt(rs.getString(1), rs.getString(2),
                        rs.getObject(3, Integer.class)), rs.getString(4))).optional();
    }

    /** A reflection written: the question it answered and what the learner wrote. */
    record Written(ReflectionPrompts.Prompt prompt, String body) {
    }

    /** Stores a reflection; false when this block's was already written (a second window). */
    boolean write(long sessionId, int blockNo, boolean last, ReflectionPrompts.Prompt prompt, String body, Instant at) {
        try {
            jdbc.sql("""
                    INSERT INTO practice_reflection (session_id, block_no, final_reflection, prompt, prompt_misconception, prompt_count,
                        body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sessionId, blockNo, last, prompt.code(), prompt.misconception(), prompt.count(), body, DbTime.of(at)).update();
            return true;
        }
        catch (DuplicateKeyException alreadyWritten) {
            return false;
        }
    }
}
