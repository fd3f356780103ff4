package dev.deliberate.mastery;

import java.time.Duration;

/** How well a card was recalled, as FSRS grades it. */
public enum ReviewRating {

    /** Forgotten: the answer was wrong. */
    AGAIN,
    /** Recalled with effort. */
    HARD,
    /** Recalled. */
    GOOD,
    /** Recalled at once. */
    EASY;

    /** The FSRS grade: 1 for Again to 4 for Easy. */
    public int grade() {
        return ordinal() + 1;
    }

    /**
     * The rating of an answer from whether it was right and how long it took, for an item of
     * {@code type}, with its threshold T ({@link ItemType#automaticWithin()}):
     * <ul>
     * <li>wrong: {@link #AGAIN};</li>
     * <li>right within T (automatic): {@link #EASY};</li>
     * <li>right within 2T: {@link #GOOD};</li>
     * <li>right but slower than 2T: {@link #HARD}.</li>
     * </ul>
     * A caller who knows more (a hint was used, an accent was missing) passes its own rating instead.
     */
    public static ReviewRating of(boolean right, Duration responseTime, ItemType type) {
        if (!right) {
            return AGAIN;
        }
        if (type.automatic(true, responseTime)) {
            return EASY;
        }
        return responseTime.compareTo(type.automaticWithin().multipliedBy(2)) <= 0 ? GOOD : HARD;
    }
}
