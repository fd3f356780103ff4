package dev.deliberate.mastery.spacing;

import java.time.Instant;
import java.util.Objects;

/**
 * One card's spaced-repetition state after its latest review.
 *
 * @param phase         where the card stands
 * @param step          the learning or relearning step reached (0 in review)
 * @param memory        stability and difficulty; {@code null} for a new card
 * @param due           when the card should be reviewed next; {@code null} for a new card
 * @param lastReview    when it was last reviewed; {@code null} for a new card
 * @param scheduledDays the whole days from the last review to {@code due} (0 within a step)
 * @param reviews       how many times it has been reviewed
 * @param lapses        how many times it was forgotten in review
 */
public record CardSchedule(CardPhase phase, int step, MemoryState memory, Instant due, Instant lastReview,
        int scheduledDays, int reviews, int lapses) {

    /** A card never reviewed. */
    public static final CardSchedule NEW = new CardSchedule(CardPhase.NEW, 0, null, null, null, 0, 0, 0);

    public CardSchedule {
        Objects.requireNonNull(phase, "phase");
        if ((phase == CardPhase.NEW) != (memory == null) || (memory == null) != (lastReview == null)) {
            throw new IllegalArgumentException("a new card and only a new card has no memory and no last review");
        }
    }

    /** Whether the card should be reviewed at {@code now}: due exactly at {@link #due()}, never when new. */
    public boolean isDue(Instant now) {
        return due != null && !now.isBefore(due);
    }
}
