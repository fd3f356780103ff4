package dev.deliberate.teacher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The class view as automation reads it: groups by their {@code data-group} hooks, students by {@code data-student}. */
public record ClassPage(String html) {

    private static final Pattern GROUP = Pattern.compile("<tbody[^>]*data-group=\"([^\"]+)\"[^>]*data-count=\"(\\d+)\"[^>]*>(.*?)</tbody>",
            Pattern.DOTALL);
    private static final Pattern STUDENT = Pattern.compile("<tr[^>]*data-student=\"([^\"]*)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

    /** Each group's key and the count it declares, in page order. */
    public Map<String, Integer> declaredCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = GROUP.matcher(html);
        while (m.find()) {
            counts.put(m.group(1), Integer.valueOf(m.group(2)));
        }
        return counts;
    }

    /** Each student row's {@code sub} with the group it sits in, in page order (a sub may repeat if the page is wrong). */
    public List<Map.Entry<String, String>> placements() {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        Matcher g = GROUP.matcher(html);
        while (g.find()) {
            Matcher s = STUDENT.matcher(g.group(3));
            while (s.find()) {
                rows.add(Map.entry(s.group(1), g.group(1)));
            }
        }
        return rows;
    }

    /** The row of one student, by {@code sub}. */
    String row(String sub) {
        Matcher s = STUDENT.matcher(html);
        while (s.find()) {
            if (s.group(1).equals(sub)) {
                return s.group(2);
            }
        }
        throw new AssertionError("no row for " + sub);
    }

    String groupOf(String sub) {
        return placements().stream().filter(e -> e.getKey().equals(sub)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + sub));
    }
}
