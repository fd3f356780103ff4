package dev.deliberate.teacher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.deliberate.mastery.MasteryHistory;
import dev.deliberate.practice.AssignmentOutline;

/**
 * A student's mastery per skill over their graded attempts, for the drill-down's chart: x is the
 * graded attempt's number (1, 2, …) among the assignment's subject's attempts in the course (the
 * learner model is the member's, across assignments), and each skill's line holds its mastery in % (the
 * class view's credit) after that attempt, unchanged until the skill is practised again and absent
 * before its first attempt. The summary is the same data as a table, for screen readers and pages
 * without JavaScript.
 */
record MasteryChart(List<Integer> x, List<String> at, List<Series> series, List<Summary> summary) {

    /** The chart of the points on the subject's skills only, in the outline's order. */
    static MasteryChart of(List<MasteryHistory.Point> points, AssignmentOutline outline, Set<String> subjectSkills, ClassTexts texts) {
        return of(points.stream().filter(p -> subjectSkills.contains(p.skillId())).toList(), outline.reachable(), texts);
    }

    static MasteryChart of(List<MasteryHistory.Point> points, List<String> skillOrder, ClassTexts texts) {
        List<String> skills = new ArrayList<>(skillOrder.stream().filter(s -> points.stream().anyMatch(p -> p.skillId().equals(s))).toList());
        points.stream().map(MasteryHistory.Point::skillId).distinct().filter(s -> !skills.contains(s)).forEach(skills::add);
        Map<String, Integer[]> values = new LinkedHashMap<>();
        skills.forEach(s -> values.put(s, new Integer[points.size()]));
        Map<String, int[]> tries = new LinkedHashMap<>();
        Map<String, Integer> masteredAt = new LinkedHashMap<>();
        List<Integer> x = new ArrayList<>();
        List<String> at = new ArrayList<>();
        Map<String, Integer> current = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            MasteryHistory.Point p = points.get(i);
            current.put(p.skillId(), ClassTexts.percent(p.credit()));
            tries.computeIfAbsent(p.skillId(), s -> new int[1])[0]++;
            if (p.mastered()) {
                masteredAt.putIfAbsent(p.skillId(), i + 1);
            }
            for (String s : skills) {
                values.get(s)[i] = current.get(s);
            }
            x.add(i + 1);
            at.add(texts.when(p.at()));
        }
        List<Series> series = skills.stream().map(s -> new Series(s, texts.skill(s), Arrays.asList(values.get(s)))).toList();
        List<Summary> summary = skills.stream().map(s -> {
            List<Integer> line = Arrays.asList(values.get(s));
            Integer first = line.stream().filter(v -> v != null).findFirst().orElse(0);
            return new Summary(texts.skill(s), first, current.get(s), tries.get(s)[0], masteredAt.get(s));
        }).toList();
        return new MasteryChart(x, at, series, summary);
    }

    /** One skill's line; null where the skill had not been practised yet. */
    record Series(String id, String name, List<Integer> values) {
    }

    /**
     * One skill in words.
     *
     * @param masteredAt the graded attempt after which it first counted as mastered, or null
     */
    record Summary(String skill, int first, int latest, int tries, Integer masteredAt) {
    }
}
