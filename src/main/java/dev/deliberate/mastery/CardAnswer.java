package dev.deliberate.mastery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer on a spaced-repetition card.
 *
 * @param cardKey      what is remembered, such as {@code verb:aller|tense:passe_compose|person:3s}:
 *                     segments {@code name:value} joined by {@code |}, at most 160 characters
 * @param type         the kind of item the card was asked through
 * @param right        whether the answer was accepted
 * @param responseTime from the item shown to the answer sent
 * @param at           when the answer was sent
 */
public record CardAnswer(String cardKey, ItemType type, boolean right, Duration responseTime, Instant at) {

    public static final int MAX_KEY_LENGTH = 160;

    public CardAnswer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if (cardKey == null || cardKey.isBlank() || cardKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a card key needs 1 to " + MAX_KEY_LENGTH + " characters but was " + cardKey);
        }
        if (responseTime == null || responseTime.isNegative()) {
            throw new IllegalArgumentException("the response time must not be negative but was " + responseTime);
        }
    }

    /** The rating {@link ReviewRating#of} gives this answer. */
    public ReviewRating rating() {
        return ReviewRating.of(right, responseTime, type);
    }

    /** Whether the answer was automatic: right and within its item type's threshold. */
    public boolean automatic() {
        return type.automatic(right, responseTime);
    }
}
