package dev.deliberate.practice;

import java.util.List;
import java.util.Optional;

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

    /**
     * The subject of a learner's session on one assignment and the skills (criteria, for writing)
     * of the items served in it, in the order first served; empty before the learner's first launch.
     */
    public Optional<Practised> practised(long membershipId, long linkId) {
        record Session(long id, String subject) {
        }
        return jdbc.sql("SELECT id, subject FROM practice_session WHERE membership_id = ? AND link_id = ?").params(membershipId, linkId)
                .query((rs, i) -> new Session(rs.getLong(1), rs.getString(2))).optional()
                .map(session -> new Practised(session.subject(), jdbc.sql("SELECT skill FROM practice_item WHERE session_id = ? ORDER BY seq")
                        .param(session.id()).query(String.class).list().stream().distinct().toList()));
    }

    /** A learner's progress on one assignment. */
    public record Progress(int itemsDone, boolean completed) {
    }

    /** What a session practises: its subject's id and the skills its items were on. */
    public record Practised(String subject, List<String> skills) {
    }
}
