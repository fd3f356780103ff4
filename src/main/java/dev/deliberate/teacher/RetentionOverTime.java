package dev.deliberate.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.deliberate.mastery.RetentionPoint;

/**
 * A student's estimated retention of their memory cards (FSRS retrievability averaged over the
 * cards reviewed by then), week by week up to now, for the drill-down: a table with the figures and
 * an inline SVG sparkline of the same points, hidden from screen readers (the table says it all).
 * Weeks before the first review have no retention and are left out of the line.
 *
 * @param rows   oldest first; the last is now
 * @param points the sparkline's polyline points ({@code x,y} in a {@value #WIDTH}×{@value #HEIGHT} box); empty for fewer than two weeks with cards
 */
record RetentionOverTime(List<Row> rows, String points, String summary) {

    static final int WIDTH = 160;
    static final int HEIGHT = 32;

    /** One week: when, how many forms had been reviewed by then, and their mean retention in % (null before any). */
    record Row(String when, int forms, Integer percent) {
    }

    static RetentionOverTime of(List<RetentionPoint> points, ClassTexts texts) {
        List<Row> rows = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            RetentionPoint p = points.get(i);
            int weeksAgo = points.size() - 1 - i;
            Integer percent = p.cards() == 0 ? null : ClassTexts.percent(p.meanRetention());
            rows.add(new Row(weeksAgo == 0 ? texts.text("spacing.teacher.now") : texts.text("spacing.teacher.weeksAgo", weeksAgo), p.cards(),
                    percent));
            if (percent != null) {
                double x = points.size() == 1 ? 0 : (double) i * WIDTH / (points.size() - 1);
                double y = HEIGHT - percent * HEIGHT / 100.0;
                line.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            }
        }
        String summary = rows.stream().filter(r -> r.percent() != null).map(r -> r.percent() + "%").collect(Collectors.joining(" → "));
        return new RetentionOverTime(rows, line.size() < 2 ? "" : String.join(" ", line), summary);
    }

    /** Whether any form was reviewed by now. */
    public boolean any() {
        return !rows.isEmpty() && rows.get(rows.size() - 1).forms() > 0;
    }
}
