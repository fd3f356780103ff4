package dev.deliberate.teacher;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.deliberate.practice.ClassActivity.StudentActivity;
import dev.deliberate.practice.PracticeHistory.Trend;

/**
 * The one thing a teacher could do next for a student, from the student's state. The first rule
 * that applies wins:
 * <ol>
 *   <li>no answer in this assignment: get them started;</li>
 *   <li>not completed and no answer for {@value #QUIET_DAYS} days or more: check in;</li>
 *   <li>one misconception {@value #HABIT} times or more in the last 7 days: sit with them for five
 *       minutes on it (the most frequent one);</li>
 *   <li>in a group of need: work one problem of that skill through together;</li>
 *   <li>ready for a challenge, or the assignment completed: give a challenge;</li>
 *   <li>otherwise: let them practise.</li>
 * </ol>
 */
final class NextStep {

    static final int QUIET_DAYS = 3;
    static final int HABIT = 3;

    private NextStep() {
    }

    /** The suggestion, in the teacher's words. */
    static String of(String name, Placement placement, StudentActivity work, List<Trend> trends, Instant now, ClassTexts texts) {
        if (work == null || work.attempts() == 0) {
            return texts.text("teacher.next.start", name);
        }
        long quiet = work.lastAnswer() == null ? 0 : Duration.between(work.lastAnswer(), now).toDays();
        if (!work.completed() && quiet >= QUIET_DAYS) {
            return texts.text("teacher.next.checkIn", name, quiet);
        }
        Map<String, Integer> week = trends.stream().collect(Collectors.groupingBy(Trend::code, Collectors.summingInt(Trend::lastWeek)));
        var habit = week.entrySet().stream().filter(e -> e.getValue() >= HABIT)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
        if (habit.isPresent()) {
            return texts.text("teacher.next.sitWith", name, texts.misconception(habit.get().getKey()), habit.get().getValue());
        }
        return switch (placement.kind()) {
            case NEED -> texts.text("teacher.next.workThrough", name, texts.skill(placement.skill().skillId()),
                    ClassTexts.percent(placement.skill().credit()));
            case READY -> texts.text("teacher.next.challenge", name);
            case NOT_STARTED -> texts.text("teacher.next.start", name);
            case ON_TRACK -> work.completed() ? texts.text("teacher.next.challenge", name)
                    : placement.skill() == null ? texts.text("teacher.next.keepGoingFresh", name)
                    : texts.text("teacher.next.keepGoing", name, texts.skill(placement.skill().skillId()));
        };
    }
}
