package dev.deliberate.mastery;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.model.MisconceptionWindow;
import dev.deliberate.shared.DbTime;

/**
 * The learner model of one member over time: a point per graded attempt, written by
 * {@link Mastery#record} (one insert each) and read for the teacher's mastery chart. Callers pass
 * only members of their own course.
 */
@Component
public class MasteryHistory {

    /** The most points one chart reads: the latest ones. */
    public static final int MAX_POINTS = 2000;

    private static final MasteryScore SCORE = new MasteryScore(MasterySettings.DEFAULTS);
    private static final LearnerModel MODEL = new LearnerModel(MasterySettings.DEFAULTS);

    private final JdbcClient jdbc;

    MasteryHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long membershipId, SkillMastery skill, Instant at) {
        jdbc.sql("INSERT INTO mastery_skill_history (membership_id, skill, knowledge, shown_knowledge, ability, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(membershipId, skill.skillId(), skill.knowledge(), skill.shownKnowledge(), skill.ability(), DbTime.of(at)).update();
    }

    /** The member's points, oldest first (at most {@link #MAX_POINTS}, the latest). */
    public List<Point> of(long membershipId) {
        List<Point> latest = new java.util.ArrayList<>(jdbc.sql("""
                SELECT skill, knowledge, shown_knowledge, ability, recorded_at FROM mastery_skill_history
                WHERE membership_id = ? ORDER BY recorded_at DESC, id DESC""" + " LIMIT " + MAX_POINTS)
                .param(membershipId)
                .query((rs, i) -> point(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), DbTime.read(rs, "recorded_at")))
                .list());
        java.util.Collections.reverse(latest);
        return latest;
    }

    private static Point point(String skillId, double knowledge, double shown, double ability, Instant at) {
        SkillMastery state = new SkillMastery(skillId, knowledge, ability, 0, 0, null, MisconceptionWindow.EMPTY, shown);
        return new Point(skillId, at, knowledge, ability, SCORE.creditFor(state), MODEL.isMastered(state));
    }

    /**
     * The model's belief about a skill right after one graded attempt.
     *
     * @param knowledge P(L)
     * @param ability   Elo ability in logits
     * @param credit    how far the skill was on the way to mastered, in [0, 1], from the shown P(L) (as the class view's heatmap)
     * @param mastered  whether P(L) had reached the mastery threshold
     */
    public record Point(String skillId, Instant at, double knowledge, double ability, double credit, boolean mastered) {
    }
}
