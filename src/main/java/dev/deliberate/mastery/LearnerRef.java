package dev.deliberate.mastery;

/** Whose learner model, and in which assignment the attempt happened. */
public record LearnerRef(long membershipId, long contextId, long linkId) {
}
