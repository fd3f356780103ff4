package dev.deliberate.mastery.model;

/**
 * How far one answer moves a rating: {@code K(n) = max(floor, initial / (1 + decay · n))}, where n
 * is the number of answers the rating already rests on.
 *
 * <p>This is the shape of the uncertainty function used with Elo ratings in adaptive practice
 * (Pelánek, 2016): large steps while little is known, smaller ones as evidence builds up. The floor
 * is ours: a learner keeps learning, so their rating must keep following them.
 *
 * @param initial K for a rating that rests on no answers yet
 * @param decay how fast K shrinks with each answer
 * @param floor the smallest K, however many answers the rating rests on
 */
public record RatingSchedule(double initial, double decay, double floor) {

    /**
     * Learners: the first answer may move ability by up to one logit, K halves after 20 answers and
     * never falls below 0.2, so after a hundred answers the rating still tracks a learner who is
     * improving (the estimate's error halves in about 18 answers at a 75% success rate).
     */
    public static final RatingSchedule LEARNER = new RatingSchedule(1.0, 0.05, 0.2);

    /**
     * Items: they start from a prior set by their difficulty level and do not change over time, so
     * they take smaller first steps (0.4) and settle over hundreds of answers (floor 0.02).
     */
    public static final RatingSchedule ITEM = new RatingSchedule(0.4, 0.05, 0.02);

    public RatingSchedule {
        if (!(initial > 0) || !(decay >= 0) || !(floor >= 0 && floor <= initial)) {
            throw new IllegalArgumentException("need initial > 0, decay >= 0 and 0 <= floor <= initial but got "
                    + initial + ", " + decay + ", " + floor);
        }
    }

    /** K for a rating that already rests on {@code attempts} answers. */
    public double factor(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative but was " + attempts);
        }
        return Math.max(floor, initial / (1 + decay * attempts));
    }
}
