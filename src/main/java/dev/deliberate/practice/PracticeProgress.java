package dev.deliberate.practice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How far a learner is in an assignment, for the gradebook's comment and progress fields. */
@Component
public class PracticeProgress {

    private final JdbcClient jdbc;

    PracticeProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Problems finished and whether the assignment is complete; zero and false before the first. */
    public Progress of(long membershipId, long linkId) {
        return jdbc.sql("SELECT items_done, completed_at FROM practice_session WHERE membership_id = ? AND link_id = ?")
                .params(membershipId, linkId)
                .query((rs, i) -> new Progress(rs.getInt(1), rs.getObject(2) != null))
                .optional().orElse(new Progress(0, false));
    }

    /** Every learner's progress on one assignment, by membership id. */
    public java.util.Map<Long, Progress> ofAssignment(long linkId) {
        java.util.Map<Long, Progress> progress = new java.util.HashMap<>();
        jdbc.sql("SELECT membership_id, items_done, completed_at FROM practice_session WHERE link_id = ?").param(linkId)
                .query((rs, i) -> java.util.Map.entry(rs.getLong(1), new Progress(rs.getInt(2), rs.getObject(3) != null)))
                .list().forEach(e -> progress.put(e.getKey(), e.getValue()));
        return progress;
    }

    /** A learner's progress on one assignment. */
    public record Progress(int itemsDone, boolean completed) {
    }
}
