package dev.deliberate.lti.services;

import java.time.Instant;

/**
 * A score to publish (AGS 2.0 §3.4), for one user on one line item.
 *
 * @param activityProgress Initialized, Started, InProgress, Submitted or Completed
 * @param gradingProgress  FullyGraded, Pending, PendingManual, Failed or NotReady
 * @param timestamp        must be later than the previous score's for the same user and line item
 */
public record Score(String userId, double scoreGiven, double scoreMaximum, String activityProgress, String gradingProgress,
        Instant timestamp, String comment) {
}
