package dev.deliberate.teacher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.ClassActivity.StudentActivity;

/**
 * The students of the teacher's assignment who look stuck right now ({@link StuckSignal}), longest
 * stuck first, minus those the teacher marked helped since their spell began. Reads the answers of
 * the last {@value #LOOK_BACK_MINUTES} minutes from each student's session row, which keeps its
 * latest answers, so polling it every few seconds reads one row per student.
 */
@Component
class StuckNow {

    static final int LOOK_BACK_MINUTES = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final ClassActivity activity;
    private final Courses courses;
    private final HelpMarks help;
    private final MessageSource messages;
    private final Clock clock;

    StuckNow(ClassActivity activity, Courses courses, HelpMarks help, MessageSource messages, Clock clock) {
        this.activity = activity;
        this.courses = courses;
        this.help = help;
        this.messages = messages;
        this.clock = clock;
    }

    List<StuckStudent> of(CourseSession teacher, Locale locale) {
        return of(teacher, courses.members(teacher, CourseRole.STUDENT), activity.ofAssignment(teacher),
                new ClassTexts(messages, activity.outline(teacher).subject(), locale));
    }

    /** The same, from the class's members and their practice as the class view already read them. */
    List<StuckStudent> of(CourseSession teacher, List<Courses.Member> members, Map<Long, StudentActivity> work, ClassTexts texts) {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofMinutes(LOOK_BACK_MINUTES));
        Map<Long, StuckSignal> signals = new HashMap<>();
        work.values().forEach(w -> StuckSignal.of(w.answersSince(since), now).ifPresent(signal -> signals.put(w.membershipId(), signal)));
        if (signals.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> helped = help.of(teacher);
        return members.stream()
                .filter(member -> signals.containsKey(member.membershipId())
                        && !helpedSince(helped.get(member.membershipId()), signals.get(member.membershipId())))
                .map(member -> student(member, signals.get(member.membershipId()), texts, now))
                .sorted(Comparator.comparing(StuckStudent::since))
                .toList();
    }

    void helped(CourseSession teacher, long membershipId) {
        help.helped(teacher, membershipId, clock.instant());
    }

    private static boolean helpedSince(Instant helpedAt, StuckSignal signal) {
        return helpedAt != null && !helpedAt.isBefore(signal.since());
    }

    private static StuckStudent student(Courses.Member member, StuckSignal signal, ClassTexts texts, Instant now) {
        String skill = texts.skill(signal.skillId());
        String what = switch (signal.kind()) {
            case WRONG_RUN -> texts.text("teacher.stuck.WRONG_RUN", signal.count(), skill);
            case SAME_MISTAKE -> texts.text("teacher.stuck.SAME_MISTAKE", signal.count(), texts.misconception(signal.misconception()), skill);
            case NO_PROGRESS -> texts.text("teacher.stuck.NO_PROGRESS", Duration.between(signal.since(), now).toMinutes(), skill);
        };
        long minutes = Math.max(0, Duration.between(signal.since(), now).toMinutes());
        String name = Optional.ofNullable(member.name()).orElseGet(() -> texts.text("teacher.home.unnamed"));
        return new StuckStudent(member.membershipId(), member.userId(), name, signal.kind().name(), what,
                texts.text("teacher.stuck.since", TIME.format(signal.since()), minutes), signal.since());
    }

    /**
     * One stuck student as the list shows them.
     *
     * @param kind  {@code WRONG_RUN}, {@code SAME_MISTAKE} or {@code NO_PROGRESS}
     * @param what  on what, in words
     * @param when  since when, in words
     */
    record StuckStudent(long membershipId, String userId, String name, String kind, String what, String when, Instant since) {
    }
}
