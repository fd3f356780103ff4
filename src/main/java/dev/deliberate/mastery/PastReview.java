package dev.deliberate.mastery;

import java.time.Duration;
import java.time.Instant;

/**
 * One review of a card, as it was recorded.
 *
 * @param at              when the answer was sent
 * @param type            the kind of item it was asked through
 * @param rating          the rating the scheduler used
 * @param right           whether the answer was accepted
 * @param automatic       whether it was right and within the item type's threshold
 * @param responseTime    from the item shown to the answer sent
 * @param retentionBefore the model's chance of recall just before this review (0 for the first)
 */
public record PastReview(Instant at, ItemType type, ReviewRating rating, boolean right, boolean automatic,
        Duration responseTime, double retentionBefore) {
}
