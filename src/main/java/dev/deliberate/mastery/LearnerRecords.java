package dev.deliberate.mastery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.model.MisconceptionWindow;
import dev.deliberate.mastery.model.ReviewPlan;
import dev.deliberate.shared.DbTime;

/**
 * The learner model's state in the database: one row per (member, skill), a few columns each, and
 * a running count of each misconception per member and skill for the teacher.
 */
@Component
class LearnerRecords {

    /** How an attempt that showed no misconception is written in the recent list. */
    private static final String CLEAN = "-";

    private final JdbcClient jdbc;

    LearnerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, SkillMastery> skillsOf(long membershipId) {
        Map<String, SkillMastery> skills = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM mastery_skill WHERE membership_id = ?").param(membershipId)
                .query(LearnerRecords::map).list().forEach(s -> skills.put(s.skillId(), s));
        return skills;
    }

    void save(long membershipId, SkillMastery skill, Instant now) {
        Object[] values = values(skill, now);
        int updated = jdbc.sql("""
                UPDATE mastery_skill SET knowledge = ?, ability = ?, attempts = ?, consecutive_failures = ?, review_step = ?,
                    review_due = ?, recent_misconceptions = ?, clean_streak = ?, focus_code = ?, focus_remaining = ?, updated_at = ?,
                    shown_knowledge = ?
                WHERE membership_id = ? AND skill = ?""")
                .params(append(values, membershipId, skill.skillId())).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO mastery_skill (knowledge, ability, attempts, consecutive_failures, review_step, review_due,
                            recent_misconceptions, clean_streak, focus_code, focus_remaining, updated_at, shown_knowledge,
                            membership_id, skill)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(append(values, membershipId, skill.skillId())).update();
            }
            catch (DuplicateKeyException concurrentFirstAttempt) {
                save(membershipId, skill, now);
            }
        }
    }

    void countMisconception(long membershipId, String skillId, String code, Instant at) {
        int updated = jdbc.sql("UPDATE mastery_misconception SET occurrences = occurrences + 1, last_seen_at = ? "
                + "WHERE membership_id = ? AND skill = ? AND code = ?")
                .params(DbTime.of(at), membershipId, skillId, code).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO mastery_misconception (membership_id, skill, code, occurrences, last_seen_at) VALUES (?, ?, ?, 1, ?)")
                        .params(membershipId, skillId, code, DbTime.of(at)).update();
            }
            catch (DuplicateKeyException concurrentFirst) {
                countMisconception(membershipId, skillId, code, at);
            }
        }
    }

    /** The misconception the member has shown most often (the latest seen first among equals). */
    java.util.Optional<String> mostFrequentMisconception(long membershipId) {
        return jdbc.sql("SELECT code, SUM(occurrences) AS total, MAX(last_seen_at) AS latest FROM mastery_misconception "
                + "WHERE membership_id = ? GROUP BY code ORDER BY total DESC, latest DESC LIMIT 1")
                .param(membershipId).query((rs, i) -> rs.getString(1)).optional();
    }

    private static Object[] values(SkillMastery s, Instant now) {
        MisconceptionWindow w = s.misconceptions();
        return new Object[] { s.knowledge(), s.ability(), s.attempts(), s.consecutiveFailures(),
            s.review() == null ? null : s.review().step(), s.review() == null ? null : DbTime.of(s.review().due()),
            encode(w.recent()), w.cleanStreak(), w.focusCode(), w.focusRemaining(), DbTime.of(now), s.shownKnowledge() };
    }

    static Object[] append(Object[] values, Object... more) {
        Object[] all = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    static SkillMastery map(ResultSet rs, int row) throws SQLException {
        Instant due = DbTime.read(rs, "review_due");
        ReviewPlan review = due == null ? null : new ReviewPlan(rs.getInt("review_step"), due);
        MisconceptionWindow window = new MisconceptionWindow(decode(rs.getString("recent_misconceptions")),
                rs.getInt("clean_streak"), rs.getString("focus_code"), rs.getInt("focus_remaining"));
        double knowledge = rs.getDouble("knowledge");
        double shown = rs.getDouble("shown_knowledge");
        // a row written without it (before V14, or by hand) shows the estimate itself
        return new SkillMastery(rs.getString("skill"), knowledge, rs.getDouble("ability"), rs.getInt("attempts"),
                rs.getInt("consecutive_failures"), review, window, rs.wasNull() ? knowledge : Math.max(knowledge, shown));
    }

    static String encode(List<String> recent) {
        return String.join(",", recent.stream().map(code -> code.isEmpty() ? CLEAN : code).toList());
    }

    static List<String> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(code -> code.equals(CLEAN) ? MisconceptionWindow.NONE : code).toList();
    }
}
