package dev.deliberate.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.course.CourseSession;
import dev.deliberate.mastery.TeacherFocus;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.TransactionManagers;

/**
 * What the teacher asked each student of an assignment to work on (table {@code practice_focus}):
 * skills, a band of difficulty, challenge mode. The practice loop hands it to the next-item policy
 * from the student's next item on, until the teacher clears it, and the student's page says so. A
 * focus given to a group is stored for each of its members, with the group's key and name.
 */
@Component
public class PracticeFocus {

    private final JdbcClient jdbc;
    private final AssignmentPlans plans;
    private final Subjects subjects;
    private final Clock clock;

    PracticeFocus(JdbcClient jdbc, AssignmentPlans plans, Subjects subjects, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.subjects = subjects;
        this.clock = clock;
    }

    /**
     * The skills a focus may name in the session's assignment: its own and those practice routes
     * down to, in teaching order.
     */
    public List<String> skills(CourseSession teacher) {
        AssignmentPlan plan = plans.of(teacher);
        Set<String> reachable = Set.copyOf(plan.skills().reachableSkills());
        return subjects.get(plan.subject()).curriculum().skills().stream().filter(reachable::contains).toList();
    }

    /**
     * Gives each student the focus, replacing any earlier one, in the teacher's assignment.
     *
     * @param groupKey  the group it was given to, or null for one student
     * @param groupName that group's name as the teacher saw it, or null
     * @throws NotInAssignment when a skill is not one of {@link #skills}
     */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public void set(CourseSession teacher, Collection<Long> membershipIds, TeacherFocus focus, String groupKey, String groupName) {
        List<String> allowed = skills(teacher);
        focus.skills().stream().filter(skill -> !allowed.contains(skill)).findFirst().ifPresent(skill -> {
            throw new NotInAssignment(skill);
        });
        String skills = String.join(",", allowed.stream().filter(focus.skills()::contains).toList());
        String band = focus.band() == null ? null : focus.band().name();
        Instant now = clock.instant();
        for (long membershipId : Set.copyOf(membershipIds)) {
            jdbc.sql("DELETE FROM practice_focus WHERE link_id = ? AND membership_id = ?").params(teacher.linkId(), membershipId).update();
            try {
                jdbc.sql("""
                        INSERT INTO practice_focus (link_id, membership_id, skills, band, challenge, group_key, group_name, set_at, set_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(teacher.linkId(), membershipId, skills, band, focus.challenge(), groupKey, groupName, DbTime.of(now),
                                teacher.membershipId())
                        .update();
            }
            catch (DuplicateKeyException twoTeachersAtOnce) {
                // another teacher set a focus in the same instant; theirs stands
            }
        }
    }

    /** Takes the focus off each student: practice goes back to its own choice from their next item. */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public void clear(CourseSession teacher, Collection<Long> membershipIds) {
        for (long membershipId : Set.copyOf(membershipIds)) {
            jdbc.sql("DELETE FROM practice_focus WHERE link_id = ? AND membership_id = ?").params(teacher.linkId(), membershipId).update();
        }
    }

    /** The focus of each student of the teacher's assignment who has one, by membership id. */
    public Map<Long, Given> of(CourseSession teacher) {
        Map<Long, Given> focus = new HashMap<>();
        jdbc.sql("SELECT * FROM practice_focus WHERE link_id = ?").param(teacher.linkId())
                .query((rs, i) -> given(rs)).list().forEach(g -> focus.put(g.membershipId(), g));
        return focus;
    }

    /** The focus of one student in one assignment, if the teacher set one. */
    Optional<Given> current(long linkId, long membershipId) {
        return jdbc.sql("SELECT * FROM practice_focus WHERE link_id = ? AND membership_id = ?").params(linkId, membershipId)
                .query((rs, i) -> given(rs)).optional();
    }

    private static Given given(java.sql.ResultSet rs) throws java.sql.SQLException {
        String skills = rs.getString("skills");
        String band = rs.getString("band");
        TeacherFocus focus = new TeacherFocus(skills.isEmpty() ? List.of() : List.of(skills.split(",")),
                band == null ? null : TeacherFocus.Band.valueOf(band), rs.getBoolean("challenge"));
        return new Given(rs.getLong("membership_id"), focus, rs.getString("group_key"), rs.getString("group_name"),
                DbTime.read(rs, "set_at"), rs.getLong("set_by"));
    }

    /**
     * A focus as the teacher gave it.
     *
     * @param groupKey  the group it was given to, or null when given to the student alone
     * @param groupName that group's name when it was given, or null
     * @param setBy     the teacher's membership id
     */
    public record Given(long membershipId, TeacherFocus focus, String groupKey, String groupName, Instant setAt, long setBy) {
    }

    /** A focus named a skill that the assignment neither practises nor routes down to. */
    public static class NotInAssignment extends IllegalArgumentException {

        private final String skill;

        NotInAssignment(String skill) {
            super("not a skill of this assignment: " + skill);
            this.skill = skill;
        }

        public String skill() {
            return skill;
        }
    }
}
