package dev.deliberate.mastery;

import java.time.Duration;

/**
 * What a learner can be shown of their memory cards in one assignment: how many forms they have
 * met, how many are due, how many they now recall automatically, and how fast their right answers
 * come this week against before.
 *
 * @param cards          the cards reviewed at least once
 * @param due            of which due now
 * @param automatic      of which the latest answer was automatic (right, within its item type's threshold)
 * @param medianThisWeek the median response time of the latest {@value #RIGHT_ANSWERS_READ} right answers of
 *                       the last 7 days; null when none
 * @param medianBefore   the same for the latest {@value #RIGHT_ANSWERS_READ} right answers before those 7 days;
 *                       null when none
 */
public record CardProgress(int cards, int due, int automatic, Duration medianThisWeek, Duration medianBefore) {

    /** No card reviewed yet. */
    public static final CardProgress NONE = new CardProgress(0, 0, 0, null, null);

    /**
     * How many of the latest right answers each median is taken from (this week's, and those before
     * it): enough for a steady median, few enough to read on every answer.
     */
    public static final int RIGHT_ANSWERS_READ = 30;

    /** The days a week of {@link #medianThisWeek} spans. */
    public static final Duration WEEK = Duration.ofDays(7);

    /** Whether right answers this week came faster than before (false when either is unknown). */
    public boolean faster() {
        return medianThisWeek != null && medianBefore != null && medianThisWeek.compareTo(medianBefore) < 0;
    }
}
