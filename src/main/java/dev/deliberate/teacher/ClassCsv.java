package dev.deliberate.teacher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The class view as a spreadsheet (RFC 4180 CSV): a row per student with group, reason, mastery per
 * skill, problems, time, last active and grade status. Cells are quoted when needed, and a cell a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) is written as text.
 */
final class ClassCsv {

    private ClassCsv() {
    }

    static String of(ClassReport report, ClassTexts texts) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(texts.text("teacher.home.student"), texts.text("teacher.csv.userId"),
                texts.text("teacher.csv.group"), texts.text("teacher.class.reason")));
        report.skills().forEach(skill -> header.add(texts.text("teacher.csv.mastery", skill.name())));
        header.addAll(List.of(texts.text("teacher.home.problems"), texts.text("teacher.csv.minutes"), texts.text("teacher.class.lastActive"),
                texts.text("teacher.home.grade"), texts.text("teacher.csv.score")));
        line(csv, header);
        for (ClassReport.Group group : report.groups()) {
            for (ClassReport.Student s : group.students()) {
                List<String> row = new ArrayList<>(List.of(s.name(), s.userId() == null ? "" : s.userId(), group.name(), s.reason()));
                s.mastery().forEach(cell -> row.add(cell.percent() == null ? "" : Integer.toString(cell.percent())));
                row.add(Integer.toString(s.problems()));
                row.add(Long.toString(Duration.ofMillis(s.onTaskMs()).toMinutes()));
                row.add(s.lastActive() == null ? "" : s.lastActive().toString());
                row.add(s.grade() == null ? texts.text("teacher.grades.none") : texts.text("teacher.grades." + s.grade().status().name()));
                row.add(s.grade() == null || s.grade().sentScore() == null ? "" : String.format(Locale.ROOT, "%.1f", s.grade().sentScore()));
                line(csv, row);
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || !text.equals(value);
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
