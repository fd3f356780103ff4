package dev.deliberate.mastery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/**
 * The learner model of a whole class at once, for the teacher's view: two queries for any number
 * of members, instead of one per student. Callers pass only members of their own course.
 */
@Component
public class ClassLearners {

    private final JdbcClient jdbc;

    ClassLearners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each member's practised skills; a member who practised nothing is absent. */
    public Map<Long, List<SkillState>> skillsOf(Collection<Long> membershipIds) {
        Map<Long, List<SkillState>> skills = new HashMap<>();
        if (membershipIds.isEmpty()) {
            return skills;
        }
        jdbc.sql("SELECT * FROM mastery_skill WHERE membership_id IN (:ids)").param("ids", membershipIds)
                .query((rs, i) -> Map.entry(rs.getLong("membership_id"), SkillState.of(LearnerRecords.map(rs, i)))).list()
                .forEach(e -> skills.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return skills;
    }

    /** Each member's misconception counts, most frequent first; a member who showed none is absent. */
    public Map<Long, List<MisconceptionCount>> misconceptionsOf(Collection<Long> membershipIds) {
        Map<Long, List<MisconceptionCount>> counts = new HashMap<>();
        if (membershipIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT membership_id, skill, code, occurrences, last_seen_at FROM mastery_misconception "
                + "WHERE membership_id IN (:ids) ORDER BY occurrences DESC, last_seen_at DESC").param("ids", membershipIds)
                .query((rs, i) -> Map.entry(rs.getLong(1), new MisconceptionCount(rs.getString(2), rs.getString(3), rs.getInt(4),
                        DbTime.read(rs, "last_seen_at")))).list()
                .forEach(e -> counts.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return counts;
    }
}
