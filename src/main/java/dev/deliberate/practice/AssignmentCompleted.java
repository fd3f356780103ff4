package dev.deliberate.practice;

import java.time.Instant;

/**
 * A learner met an assignment's completion criteria (and wrote the final reflection, when the
 * assignment asks for reflections). The gradebook reports the score as final from now on.
 *
 * @param score the mastery score at completion, in [0, 1]
 */
public record AssignmentCompleted(long membershipId, long contextId, long linkId, double score, Instant at) {
}
