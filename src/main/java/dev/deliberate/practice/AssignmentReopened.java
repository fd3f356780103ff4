package dev.deliberate.practice;

import java.time.Instant;

/**
 * A learner who had completed an assignment no longer meets its goal, because the teacher changed
 * the goal since: the gradebook reports the score as in progress again.
 *
 * @param score the mastery score now, in [0, 1]
 */
public record AssignmentReopened(long membershipId, long contextId, long linkId, double score, Instant at) {
}
