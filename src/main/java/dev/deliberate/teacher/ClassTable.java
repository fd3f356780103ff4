package dev.deliberate.teacher;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the class table of the teacher's class view ({@code src/main/jte/teacher/class-table.jte}):
 * a row per student with nine or so heatmap cells and the steering controls, for classes of
 * hundreds, on every view and refresh. It is a template compiled to Java at build time rather than
 * Thymeleaf: Thymeleaf's interpreted SpEL over those rows was two thirds of the CPU of a view of 300
 * students (docs/benchmarks.md), as it had been a third of an answer's before the practice region
 * moved the same way ({@code practice.PracticeRegion}). The page around it stays in Thymeleaf,
 * which places this HTML with {@code th:utext}: it is the output of an escaping template, in which
 * every name, group name and reason is HTML-escaped where it stands.
 */
@Component
class ClassTable {

    private static final String TEMPLATE = "teacher/class-table.jte";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
            ClassTable.class.getClassLoader(), "dev.deliberate");
    private final MessageSource messages;

    ClassTable(MessageSource messages) {
        this.messages = messages;
        if (!templates.hasTemplate(TEMPLATE)) {
            // an IDE build that skipped Maven's generate-sources: fail at start, not on every class view
            throw new IllegalStateException(TEMPLATE + " is not compiled; build with ./mvnw compile (jte-maven-plugin)");
        }
    }

    /** The table's HTML; {@code lmsScores} are the scores the LMS holds, by membership, after a comparison, else null. */
    String render(ClassReport report, Map<Long, Double> lmsScores, Locale locale) {
        StringOutput html = new StringOutput(4096 + 2048 * report.students());
        templates.render(TEMPLATE, new Page(report, lmsScores, messages, locale), html);
        return html.toString();
    }

    /** What the template reads: the report, and the page's words in the teacher's language (each looked up once per page). */
    static final class Page {

        private final ClassReport report;
        private final Map<Long, Double> lmsScores;
        private final MessageSource messages;
        private final Locale locale;
        private final Map<String, String> plain = new HashMap<>();
        private final NumberFormat score;

        Page(ClassReport report, Map<Long, Double> lmsScores, MessageSource messages, Locale locale) {
            this.report = report;
            this.lmsScores = lmsScores;
            this.messages = messages;
            this.locale = locale;
            this.score = NumberFormat.getNumberInstance(locale);
            score.setGroupingUsed(false);
            score.setMinimumIntegerDigits(1);
            score.setMinimumFractionDigits(1);
            score.setMaximumFractionDigits(1);
        }

        public ClassReport report() {
            return report;
        }

        public Map<Long, Double> lmsScores() {
            return lmsScores;
        }

        /** The group header spans the student, reason, heatmap, problems, time, last active and grade columns. */
        public int columns() {
            return 6 + report.skills().size();
        }

        public String text(String code) {
            return plain.computeIfAbsent(code, c -> messages.getMessage(c, null, "??" + c + "_" + locale + "??", locale));
        }

        public String text(String code, Object... args) {
            return messages.getMessage(code, args, "??" + code + "_" + locale + "??", locale);
        }

        /** The score the LMS holds for the student, in words ("LMS: 82.0", or that it holds none). */
        public String lms(ClassReport.Student s) {
            Double held = lmsScores.get(s.membershipId());
            return held == null ? text("teacher.grades.notInLms") : text("teacher.grades.inLms", score.format(held));
        }
    }
}
