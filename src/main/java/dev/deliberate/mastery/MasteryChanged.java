package dev.deliberate.mastery;

import java.time.Instant;

/**
 * A learner's knowledge of a skill changed after a graded attempt, and with it their score on the
 * assignment. The gradebook listens and, coalescing many of these, posts the score.
 *
 * @param membershipId    the learner in the course
 * @param contextId       the course
 * @param linkId          the assignment (resource link) practised
 * @param skillId         the skill practised
 * @param before          P(L) before the attempt
 * @param after           P(L) after it
 * @param mastered        whether the skill now counts as mastered
 * @param assignmentScore the mastery score on the assignment's skills, in [0, 1]
 * @param at              when the attempt was made
 */
public record MasteryChanged(long membershipId, long contextId, long linkId, String skillId, double before, double after,
        boolean mastered, double assignmentScore, Instant at) {
}
