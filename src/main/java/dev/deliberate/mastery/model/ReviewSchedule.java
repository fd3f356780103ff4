package dev.deliberate.mastery.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Expanding review intervals for mastered skills, in the spirit of the Leitner system.
 *
 * <p>Mastering a skill schedules a review one interval later. A correct answer at or after the due
 * time moves the skill to the next, longer interval; the last interval then repeats. A correct
 * answer before the due time changes nothing (the skill was practised for another reason, not
 * reviewed). An incorrect or assisted answer is a lapse and restarts the schedule from the first
 * interval.
 *
 * @param intervals the waits between reviews, shortest first
 */
public record ReviewSchedule(List<Duration> intervals) {

    /** 1, 3, 7, 16 and then every 35 days: each wait a little more than double the previous one. */
    public static final ReviewSchedule DEFAULT = new ReviewSchedule(List.of(
            Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(16), Duration.ofDays(35)));

    public ReviewSchedule {
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("a review schedule needs at least one interval");
        }
        for (int i = 0; i < intervals.size(); i++) {
            boolean shorterThanPrevious = i > 0 && intervals.get(i).compareTo(intervals.get(i - 1)) < 0;
            if (intervals.get(i).isNegative() || intervals.get(i).isZero() || shorterThanPrevious) {
                throw new IllegalArgumentException("intervals must be positive and never shrink: " + intervals);
            }
        }
    }

    /** The plan for a skill mastered (or mastered again after a lapse) at {@code at}. */
    public ReviewPlan start(Instant at) {
        return new ReviewPlan(0, at.plus(intervals.get(0)));
    }

    /** The plan after the learner answered an item on the mastered skill at {@code at}. */
    public ReviewPlan afterAnswer(ReviewPlan plan, boolean recalled, Instant at) {
        if (!recalled) {
            return start(at);
        }
        if (!plan.isDue(at)) {
            return plan;
        }
        int next = Math.min(plan.step() + 1, intervals.size() - 1);
        return new ReviewPlan(next, at.plus(intervals.get(next)));
    }
}
