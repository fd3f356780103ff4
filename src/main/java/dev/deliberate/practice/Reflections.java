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
        return jdbc.sql("SELECT prompt, body FROM practice_reflection WHERE session_id = ? ORDER BY block_no DESC LIMIT 1")
                .param(sessionId).query((rs, i) -> new Written(rs.getString(1), rs.getString(2))).optional();
    }

    /** A reflection written: the prompt's message code and what the learner wrote. */
    record Written(String prompt, String body) {
    }

    /** Stores a reflection; false when this block's was already written (a second window). */
    boolean write(long sessionId, int blockNo, boolean last, String prompt, String body, Instant at) {
        try {
            jdbc.sql("INSERT INTO practice_reflection (session_id, block_no, final_reflection, prompt, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(sessionId, blockNo, last, prompt, body, DbTime.of(at)).update();
            return true;
        }
        catch (DuplicateKeyException alreadyWritten) {
            return false;
        }
    }
}
