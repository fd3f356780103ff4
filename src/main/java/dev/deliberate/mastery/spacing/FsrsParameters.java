package dev.deliberate.mastery.spacing;

import java.time.Duration;
import java.util.List;

/**
 * The parameters of FSRS-6.
 *
 * @param weights          the 21 weights w0..w20: w0–w3 the first stability after Again, Hard,
 *                         Good and Easy (days); w4–w7 difficulty; w8–w10 stability after a
 *                         recall; w11–w14 stability after a lapse; w15 and w16 the Hard penalty
 *                         and Easy bonus; w17–w19 same-day (short-term) stability; w20 the decay
 *                         of the forgetting curve
 * @param desiredRetention the chance of recall at which a card falls due, in (0, 1)
 * @param maximumInterval  the longest wait between reviews, in days
 * @param learningSteps    the waits of a new card before it graduates to day-based review
 * @param relearningSteps  the waits of a forgotten card before it goes back to day-based review
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, int maximumInterval,
        List<Duration> learningSteps, List<Duration> relearningSteps) {

    /** The FSRS-6 default weights, trained by the FSRS authors on a large public review dataset. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
            0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** Default weights, 90% retention, at most 100 years, steps of 1 and 10 minutes, relearning 10 minutes. */
    public static final FsrsParameters DEFAULTS = new FsrsParameters(DEFAULT_WEIGHTS, 0.9, 36_500,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)));

    public FsrsParameters {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != 21 || weights.stream().anyMatch(w -> !Double.isFinite(w))) {
            throw new IllegalArgumentException("FSRS-6 needs 21 finite weights but got " + weights);
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must lie in (0, 1) but was " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval must be at least one day but was " + maximumInterval);
        }
        if (weights.get(20) <= 0) {
            throw new IllegalArgumentException("the decay w20 must be positive but was " + weights.get(20));
        }
        if (learningSteps.stream().anyMatch(s -> s.toMinutes() < 1)
                || relearningSteps.stream().anyMatch(s -> s.toMinutes() < 1)) {
            throw new IllegalArgumentException("steps must be whole minutes of at least one");
        }
    }

    /** These parameters with another desired retention. */
    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, maximumInterval, learningSteps, relearningSteps);
    }

    double w(int index) {
        return weights.get(index);
    }
}
