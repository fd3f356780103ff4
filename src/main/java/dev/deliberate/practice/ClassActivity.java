package dev.deliberate.practice;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseSession;
import dev.deliberate.practice.spi.Curriculum;
import dev.deliberate.shared.DbTime;

/**
 * What the students of the teacher's assignment have done, for the class view: every query is
 * scoped by the teacher's session (its course and assignment), so no other class can be read.
 */
@Component
public class ClassActivity {

    /** One answer counts for at most this long on task: a learner who walked away is not working. */
    static final int MAX_COUNTED_MS = 10 * 60 * 1000;

    private final JdbcClient jdbc;
    private final AssignmentPlans plans;
    private final Subjects subjects;

    ClassActivity(JdbcClient jdbc, AssignmentPlans plans, Subjects subjects) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.subjects = subjects;
    }

    /** The skills of the session's assignment, their prerequisites and topics. */
    public AssignmentOutline outline(CourseSession teacher) {
        AssignmentPlan plan = plans.of(teacher);
        Curriculum curriculum = subjects.get(plan.subject()).curriculum();
        Set<String> reachable = new HashSet<>(plan.skills().reachableSkills());
        List<String> ordered = curriculum.skills().stream().filter(reachable::contains).toList();
        Map<String, String> topics = new HashMap<>();
        ordered.forEach(skill -> topics.put(skill, curriculum.topicOf(skill)));
        return new AssignmentOutline(plan.subject(), plan.skills().skills(), ordered, curriculum.prerequisites(), topics,
                plan.skills().completion().targetScore(), plan.skills().completion().minimumItems());
    }

    /**
     * Each student's practice of the assignment, by membership id; absent before their first opening.
     * Time on task and the last answer are kept on the session as answers come in (V17).
     */
    public Map<Long, StudentActivity> ofAssignment(CourseSession teacher) {
        Map<Long, StudentActivity> activity = new HashMap<>();
        jdbc.sql("""
                SELECT s.membership_id, s.status, s.items_done, s.attempts, s.completed_at, s.updated_at,
                       s.on_task_ms AS on_task, s.last_answer_at AS last_answer, s.recent_answers
                FROM practice_session s WHERE s.link_id = ? AND s.context_id = ?""")
                .params(teacher.linkId(), teacher.contextId())
                .query((rs, i) -> new StudentActivity(rs.getLong("membership_id"), SessionStatus.valueOf(rs.getString("status")),
                        rs.getInt("items_done"), rs.getInt("attempts"), DbTime.read(rs, "completed_at") != null,
                        rs.getLong("on_task"), DbTime.read(rs, "updated_at"), DbTime.read(rs, "last_answer"), rs.getString("recent_answers")))
                .list().forEach(a -> activity.put(a.membershipId(), a));
        return activity;
    }

    /** A student's reflections on the assignment, in the order written; empty for a student of another course. */
    public List<Reflection> reflections(CourseSession teacher, long membershipId) {
        return jdbc.sql("""
                SELECT r.block_no, r.final_reflection, r.prompt, r.prompt_misconception, r.prompt_count, r.body, r.created_at
                FROM practice_reflection r JOIN practice_session s ON s.id = r.session_id
                WHERE s.membership_id = ? AND s.link_id = ? AND s.context_id = ? ORDER BY r.block_no""")
                .params(membershipId, teacher.linkId(), teacher.contextId())
                .query((rs, i) -> new Reflection(rs.getInt(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getString(6), DbTime.read(rs, 7)))
                .list();
    }

    /**
     * A reflection as the student wrote it.
     *
     * @param blockNo the block it ended (1, 2, …)
     * @param last    whether it was the final reflection of the assignment
     * @param prompt  the message code of the question the student answered
     * @param misconception for a question about a recurring mistake, its code (null otherwise)
     * @param count   for a question about a recurring mistake, how often it came back in the block
     */
    public record Reflection(int blockNo, boolean last, String prompt, String misconception, Integer count, String body, Instant at) {
    }

    /**
     * A student's practice of the assignment.
     *
     * @param timeOnTaskMs the time spent on answers, each counted up to ten minutes
     * @param lastActive   the latest change to their practice (an answer, a hint, a reflection)
     * @param lastAnswer   the latest answer, or null
     * @param recentAnswers the latest answers as the session keeps them; empty summed over a course
     */
    public record StudentActivity(long membershipId, SessionStatus status, int itemsDone, int attempts, boolean completed,
            long timeOnTaskMs, Instant lastActive, Instant lastAnswer, String recentAnswers) {

        /** The latest answers given since {@code since} (the session keeps its last {@value RecentAnswers#KEPT}), oldest first. */
        public List<RecentAttempt> answersSince(Instant since) {
            return RecentAnswers.read(membershipId, recentAnswers, since);
        }
    }

    /**
     * One answer.
     *
     * @param verdict       {@code CORRECT}, {@code MISTAKE} or {@code UNREADABLE}
     * @param misconception the misconception diagnosed, or null
     */
    public record RecentAttempt(long membershipId, String skillId, String verdict, String misconception, Instant at, long itemId) {

        public boolean correct() {
            return "CORRECT".equals(verdict);
        }
    }
}
