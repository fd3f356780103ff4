package dev.deliberate.teacher;

import java.util.List;

import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.practice.PracticeHistory.Trend;

/**
 * A student's misconceptions with counts and trend: all-time occurrences (the learner model's
 * counts, over the course), and occurrences in this assignment in the last 7 days against the 7
 * days before. Up: more this week; down: fewer; same: as many (or none in either week).
 */
final class MisconceptionTrends {

    private MisconceptionTrends() {
    }

    static List<Row> of(List<MisconceptionCount> counts, List<Trend> trends, ClassTexts texts) {
        return counts.stream().map(m -> {
            Trend t = trends.stream().filter(x -> x.code().equals(m.code()) && x.skillId().equals(m.skillId())).findFirst()
                    .orElse(new Trend(m.code(), m.skillId(), 0, 0));
            String trend = t.lastWeek() > t.weekBefore() ? "up" : t.lastWeek() < t.weekBefore() ? "down" : "same";
            return new Row(m.code(), m.skillId(), texts.misconception(m.code()), texts.skill(m.skillId()), m.occurrences(), t.lastWeek(), t.weekBefore(), trend,
                    texts.text("teacher.student.trend." + trend), texts.when(m.lastSeen()));
        }).toList();
    }

    /** @param trend up, down or same; {@code trendText} says it in words */
    record Row(String code, String skillId, String name, String skill, int count, int lastWeek, int weekBefore, String trend, String trendText, String last) {
    }
}
