package dev.deliberate.lti.services;

/** What the platform holds for a user on a line item (AGS result), for reconciliation. */
public record Result(String userId, Double resultScore, Double resultMaximum, String comment) {
}
