package dev.deliberate.practice.math.item;

import java.util.List;
import java.util.Random;

/** The seeded randomness of one item; the same seed always rolls the same numbers. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(scrambled(seed));
    }

    /**
     * Spreads neighbouring seeds apart (the SplitMix64 finaliser): {@link Random}'s first numbers
     * for seeds 1, 2, 3… are strongly correlated, and the planner tries seeds in sequence.
     */
    private static long scrambled(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** {@code -1} with the given chance, {@code 1} otherwise. */
    int sign(double negativeChance) {
        return chance(negativeChance) ? -1 : 1;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
