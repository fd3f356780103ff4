package dev.deliberate.demoplatform.gradebook;

import java.time.Instant;

/**
 * A score the platform keeps: the current one of a learner on a line item, or an entry of the
 * history of every accepted post ({@code applied} false when a later score was already there).
 */
public record Score(long lineItemId, String userId, Double scoreGiven, Double scoreMaximum,
        ActivityProgress activityProgress, GradingProgress gradingProgress, String comment, Instant timestamp,
        Instant receivedAt, boolean applied) {

    /** The score as a percentage of its maximum, or null when there is none. */
    public Double percent() {
        return scoreGiven == null || scoreMaximum == null || scoreMaximum == 0 ? null : 100 * scoreGiven / scoreMaximum;
    }
}
