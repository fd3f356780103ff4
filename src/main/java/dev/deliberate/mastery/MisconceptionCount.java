package dev.deliberate.mastery;

import java.time.Instant;

/**
 * How often a learner has shown a misconception on a skill, over all their attempts.
 *
 * @param code        such as {@code RECIPROCAL_OR_FRACTION_ERROR}
 * @param occurrences attempts that showed it
 * @param lastSeen    the latest of them
 */
public record MisconceptionCount(String skillId, String code, int occurrences, Instant lastSeen) {
}
