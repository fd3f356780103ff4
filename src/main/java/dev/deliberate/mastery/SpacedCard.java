package dev.deliberate.mastery;

import java.time.Instant;

/**
 * A spaced-repetition card as the model sees it at one moment.
 *
 * @param cardKey      what is remembered
 * @param learning     whether it is still in its first (or relearning) steps, minutes apart
 * @param due          when it should be reviewed next
 * @param intervalDays the whole days from its last review to {@code due} (0 within a step)
 * @param stability    the days after its last review at which recall falls to 90%
 * @param difficulty   how hard it is for this learner, 1 (easiest) to 10
 * @param reviews      how many times it was reviewed
 * @param lapses       how many times it was forgotten after it had been learnt
 * @param retention    the model's chance that the learner recalls it at that moment
 */
public record SpacedCard(String cardKey, boolean learning, Instant due, int intervalDays, double stability,
        double difficulty, int reviews, int lapses, double retention) {

    /** Whether the card should be reviewed at {@code now}. */
    public boolean isDue(Instant now) {
        return !now.isBefore(due);
    }
}
