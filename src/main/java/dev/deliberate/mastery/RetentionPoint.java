package dev.deliberate.mastery;

import java.time.Instant;

/**
 * The model's retention of a learner's cards at one moment in the past (or now), computed from the
 * review history: each card reviewed by then, at the stability its last review before then left.
 *
 * @param at            the moment
 * @param cards         the cards reviewed at least once by then
 * @param meanRetention the mean chance of recall over those cards (0 when there are none)
 */
public record RetentionPoint(Instant at, int cards, double meanRetention) {
}
