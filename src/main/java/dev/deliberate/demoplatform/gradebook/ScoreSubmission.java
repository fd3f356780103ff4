package dev.deliberate.demoplatform.gradebook;

import java.time.Instant;

/**
 * A score a tool posted for a learner on a line item (AGS 2.0, score publish service).
 *
 * @param scoreGiven   null when the score only reports progress
 * @param scoreMaximum required with {@code scoreGiven}
 * @param timestamp    when the tool produced the score; only a later one replaces it
 */
public record ScoreSubmission(String userId, Double scoreGiven, Double scoreMaximum, ActivityProgress activityProgress,
        GradingProgress gradingProgress, String comment, Instant timestamp) {
}
