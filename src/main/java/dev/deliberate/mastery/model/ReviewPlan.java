package dev.deliberate.mastery.model;

import java.time.Instant;
import java.util.Objects;

/**
 * When a mastered skill is next due for review.
 *
 * @param step the index of the interval now being waited out: 0 right after mastery, one more
 *             for each review passed, never beyond the schedule's last interval
 * @param due the instant from which the skill is due
 */
public record ReviewPlan(int step, Instant due) {

    public ReviewPlan {
        Objects.requireNonNull(due, "due");
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative but was " + step);
        }
    }

    /** Whether the skill is due for review at {@code now}; due exactly at {@link #due()}. */
    public boolean isDue(Instant now) {
        return !now.isBefore(due);
    }
}
