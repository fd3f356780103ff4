package dev.deliberate.practice.math.item;

/**
 * How hard an item should be, from 1 (first contact) to 5 (challenge); fractional values such as
 * 2.5 sit between levels. The generator turns it into the knobs below.
 */
public record Difficulty(double value) {

    public static final double EASIEST = 1.0;
    public static final double HARDEST = 5.0;

    public Difficulty {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("difficulty is not a number");
        }
        value = Math.max(EASIEST, Math.min(HARDEST, value));
    }

    /** A difficulty clamped to {@code [1, 5]}. */
    public static Difficulty of(double value) {
        return new Difficulty(value);
    }

    /** The whole level 1–5 that chooses the structure (number of steps) of an item. */
    public int level() {
        return (int) Math.floor(value);
    }

    /** Largest size of the numbers: about 5 at level 1, 35 at level 5. */
    public int maxMagnitude() {
        return (int) Math.round(3 + 1.3 * value * value);
    }

    /** Chance that a number is negative where the skill allows it: 0 at level 1, 0.8 at level 5. */
    public double negativeChance() {
        return (value - EASIEST) / (HARDEST - EASIEST) * 0.8;
    }

    /** Chance of a fractional answer where the skill allows it: 0 up to level 3, 0.6 at level 5. */
    public double fractionChance() {
        return Math.max(0, (value - 3) / 2 * 0.6);
    }
}
