package dev.deliberate.teacher;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.mastery.SkillState;
import dev.deliberate.mastery.TeacherFocus;

/**
 * The words of the class view in the teacher's language: skill, topic and misconception names from
 * the subject's messages, group names, and each student's one-line reason. Pages and the CSV export
 * read the same texts.
 */
final class ClassTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final String subject;
    private final Locale locale;
    private final String notStarted;
    private final Map<String, String> cells = new HashMap<>();

    ClassTexts(MessageSource messages, String subject, Locale locale) {
        this(messages, subject, locale, false);
    }

    /** With {@code wholeCourse}, a student not started is told apart by the course's assignments, not one. */
    ClassTexts(MessageSource messages, String subject, Locale locale, boolean wholeCourse) {
        this.messages = messages;
        this.subject = subject;
        this.locale = locale;
        this.notStarted = wholeCourse ? "teacher.course.reason." : "teacher.class.reason.";
    }

    String skill(String skillId) {
        return text(subject + ".skill." + skillId);
    }

    /**
     * A heatmap cell's label ("Two-step equations: 54% toward mastery"), formatted once per skill and
     * percent: a class of 300 has 2,700 cells but at most a few hundred different labels.
     */
    String cell(String skillId, Integer percent) {
        return cells.computeIfAbsent(skillId + '|' + percent, key -> percent == null ? text("teacher.class.cell.none", skill(skillId))
                : text("teacher.class.cell", skill(skillId), percent));
    }

    String shortSkill(String skillId) {
        return text(subject + ".skill.short." + skillId);
    }

    String misconception(String code) {
        return text(subject + ".misconception." + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String group(Placement placement) {
        return placement.kind() == Placement.Kind.NEED ? text(subject + ".topic." + placement.topic())
                : text("teacher.class.group." + placement.groupKey());
    }

    /** The one line that says why the student is in their group. */
    String reason(Placement placement, int skills, double meanCredit, boolean opened) {
        SkillState skill = placement.skill();
        MisconceptionCount habit = placement.habit();
        return switch (placement.kind()) {
            case NOT_STARTED -> text(notStarted + (opened ? "noAnswer" : "notOpened"));
            case READY -> text("teacher.class.reason.ready", skills, percent(meanCredit));
            case ON_TRACK -> skill == null ? text("teacher.class.reason.onTrackFresh")
                    : text("teacher.class.reason.onTrack", skill(skill.skillId()), percent(skill.credit()));
            case NEED -> need(skill, habit);
        };
    }

    private String need(SkillState skill, MisconceptionCount habit) {
        String name = skill(skill.skillId());
        String line = skill.mastered() ? text("teacher.class.reason.needSlow", name, skill.attempts())
                : text("teacher.class.reason.need", name, skill.attempts(), percent(skill.credit()));
        return habit == null ? line : line + " " + text("teacher.class.reason.habit", misconception(habit.code()), habit.occurrences());
    }

    /** A teacher's focus in words: "Equations with fractions · harder problems". */
    String focus(TeacherFocus focus) {
        return focus(focus, this::skill);
    }

    /** A student's focus in a few words for their row ("Group focus: a/b · harder problems"); null without one. */
    String focusNote(dev.deliberate.practice.PracticeFocus.Given given) {
        return given == null ? null : text(given.groupKey() == null ? "teacher.steer.focusNote" : "teacher.steer.groupFocusNote",
                focus(given.focus(), this::shortSkill));
    }

    private String focus(TeacherFocus focus, java.util.function.Function<String, String> name) {
        java.util.List<String> parts = new java.util.ArrayList<>(focus.skills().stream().map(name).toList());
        if (focus.challenge()) {
            parts.add(text("practice.focus.challenge"));
        }
        else if (focus.band() != null) {
            parts.add(text("practice.focus.band." + focus.band().name()));
        }
        return String.join(" · ", parts);
    }

    /**
     * A student's focus for their row: what, for which group if given to one (by its name now, else
     * as it was named then), and since when; null without one.
     */
    String focusOf(dev.deliberate.practice.PracticeFocus.Given given, java.util.Map<String, String> groupNames) {
        if (given == null) {
            return null;
        }
        return given.groupKey() == null ? text("teacher.steer.focusOwn", focus(given.focus()), day(given.setAt()))
                : text("teacher.steer.focusGroup", focus(given.focus()), groupNames.getOrDefault(given.groupKey(), given.groupName()),
                        day(given.setAt()));
    }

    /** The date of an instant, UTC. */
    String day(Instant at) {
        return DAY.format(at);
    }

    String onTask(long millis) {
        long minutes = Duration.ofMillis(millis).toMinutes();
        return minutes < 60 ? text("teacher.class.minutes", minutes) : text("teacher.class.hours", minutes / 60, minutes % 60);
    }

    String when(Instant at) {
        return at == null ? text("teacher.home.notStarted") : WHEN.format(at) + " UTC";
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /**
     * A text the student read, in the subject's own words when its bundle has them ({@code
     * <subject>.<code>}: a French reflection asks about sentences, not problems).
     */
    String asTheStudentReadIt(String code) {
        return asTheStudentReadIt(code, null, null);
    }

    /** The same, for a question about a recurring mistake: which one ({@code misconception}'s code) and how often. */
    String asTheStudentReadIt(String code, String misconception, Integer count) {
        Object[] args = misconception == null ? null : new Object[] { misconception(misconception), count };
        String own = messages.getMessage(subject + "." + code, args, null, locale);
        return own != null ? own : text(code, args);
    }

    static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
