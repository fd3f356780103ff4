package dev.deliberate.practice.math.item;

import java.util.List;
import java.util.Random;

/** The seeded randomness of one item; the same seed always rolls the same numbers. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
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
