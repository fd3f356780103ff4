package dev.deliberate.mastery.spacing;

/**
 * The FSRS-6 memory model: how stability and difficulty start, how they change after a review, the
 * forgetting curve and the interval that meets the desired retention.
 *
 * <p>Grades are the FSRS ones: 1 Again, 2 Hard, 3 Good, 4 Easy. Intermediate results are rounded
 * to 8 decimals at the same points as in ts-fsrs, so that replayed histories agree with it to the
 * last printed digit and intervals agree exactly.
 */
public final class Fsrs {

    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36_500;

    private final FsrsParameters parameters;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    public Fsrs(FsrsParameters parameters) {
        this.parameters = parameters;
        this.decay = -parameters.w(20);
        // R(S, S) = 0.9: stability is the wait after which recall falls to 90%
        this.factor = round(Math.pow(0.9, 1 / decay) - 1);
        this.intervalModifier = round((Math.pow(parameters.desiredRetention(), 1 / decay) - 1) / factor);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The chance of recall {@code elapsedDays} after the last review: (1 + factor · t / S)^-w20. */
    public double retrievability(double elapsedDays, double stability) {
        return round(Math.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** The days until recall falls to the desired retention, between 1 and the maximum interval. */
    public int interval(double stability) {
        long days = Math.max(1, Math.round(stability * intervalModifier));
        return (int) Math.min(days, parameters.maximumInterval());
    }

    /** The state after the first review of a new card. */
    public MemoryState first(int grade) {
        checkGrade(grade);
        return new MemoryState(Math.max(parameters.w(grade - 1), 0.1), clamp(initialDifficulty(grade), 1, 10));
    }

    /**
     * The state after a review {@code elapsedDays} (whole calendar days) after the last one, with
     * the chance of recall at that moment. A review on the same day changes stability by the
     * short-term rule (w17–w19) instead of the recall or lapse rules.
     */
    public MemoryState next(MemoryState state, int elapsedDays, double retrievability, int grade) {
        checkGrade(grade);
        double s = state.stability();
        double stability;
        if (elapsedDays == 0) {
            stability = shortTermStability(s, grade);
        }
        else if (grade == 1) {
            double floor = round(s / Math.exp(parameters.w(17) * parameters.w(18)));
            stability = clamp(floor, MIN_STABILITY, lapseStability(state.difficulty(), s, retrievability));
        }
        else {
            stability = recallStability(state.difficulty(), s, retrievability, grade);
        }
        return new MemoryState(stability, nextDifficulty(state.difficulty(), grade));
    }

    private double initialDifficulty(int grade) {
        return round(parameters.w(4) - Math.exp((grade - 1) * parameters.w(5)) + 1);
    }

    private double nextDifficulty(double d, int grade) {
        double delta = -parameters.w(6) * (grade - 3);
        double damped = d + round(delta * (10 - d) / 9);
        double w7 = parameters.w(7);
        return clamp(round(w7 * initialDifficulty(4) + (1 - w7) * damped), 1, 10);
    }

    private double recallStability(double d, double s, double r, int grade) {
        double hardPenalty = grade == 2 ? parameters.w(15) : 1;
        double easyBonus = grade == 4 ? parameters.w(16) : 1;
        double growth = Math.exp(parameters.w(8)) * (11 - d) * Math.pow(s, -parameters.w(9))
                * (Math.exp((1 - r) * parameters.w(10)) - 1) * hardPenalty * easyBonus;
        return round(clamp(s * (1 + growth), MIN_STABILITY, MAX_STABILITY));
    }

    private double lapseStability(double d, double s, double r) {
        double value = parameters.w(11) * Math.pow(d, -parameters.w(12)) * (Math.pow(s + 1, parameters.w(13)) - 1)
                * Math.exp((1 - r) * parameters.w(14));
        return round(clamp(value, MIN_STABILITY, MAX_STABILITY));
    }

    private double shortTermStability(double s, int grade) {
        double increase = Math.pow(s, -parameters.w(19)) * Math.exp(parameters.w(17) * (grade - 3 + parameters.w(18)));
        // a same-day Hard, Good or Easy never lowers stability; Again may
        double masked = grade >= 2 ? Math.max(increase, 1) : increase;
        return round(clamp(s * masked, MIN_STABILITY, MAX_STABILITY));
    }

    private static void checkGrade(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("grade must be 1 (Again) to 4 (Easy) but was " + grade);
        }
    }

    static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** Rounds half up to 8 decimals, as JavaScript's Math.round(x · 1e8) / 1e8 does. */
    static double round(double value) {
        return Math.floor(value * 1e8 + 0.5) / 1e8;
    }
}
