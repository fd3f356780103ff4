package dev.deliberate.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.Response;

/**
 * A problem served to a learner as a simulated learner needs to answer it (the demo class): its
 * skill and level, the right answer, and the wrong ones learners typically give, all from the
 * subject that generated it.
 */
@Component
public class ServedProblems {

    private final JdbcClient jdbc;
    private final Subjects subjects;

    ServedProblems(JdbcClient jdbc, Subjects subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    /** The problem of this item id, if it was served. */
    public Optional<ServedProblem> find(long itemId) {
        return jdbc.sql("""
                SELECT s.subject, i.skill, i.difficulty, i.context, i.wording, i.seed
                FROM practice_item i JOIN practice_session s ON s.id = i.session_id WHERE i.id = ?""")
                .param(itemId)
                .query((rs, n) -> problem(itemId, rs.getString(1), new ItemSpec(rs.getString(2), rs.getDouble(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6))))
                .optional();
    }

    private ServedProblem problem(long itemId, String subjectId, ItemSpec spec) {
        PracticeSubject subject = subjects.get(subjectId);
        return new ServedProblem(itemId, spec.skillId(), (int) Math.floor(spec.difficulty()), subject.regenerate(spec).answer(),
                subject.typicalMistakes(spec));
    }

    /**
     * One served problem.
     *
     * @param itemId          the item's id, as the practice form sends it
     * @param skillId         the skill it practises
     * @param level           its difficulty level
     * @param answer          the right answer as a learner writes it
     * @param typicalMistakes wrong responses, those showing a misconception first, a plain slip last
     */
    public record ServedProblem(long itemId, String skillId, int level, String answer, List<Response> typicalMistakes) {
    }
}
