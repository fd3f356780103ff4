package dev.deliberate.practice.math.variety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Orders choices so that the one used least recently comes first; ties are broken by an order
 * shuffled per seed, so two learners (or two contexts of one learner) do not walk the same cycle.
 */
final class Rotation {

    private Rotation() {
    }

    /** {@code choices} ordered by their last position in {@code used} (never used first). */
    static <T> List<T> leastRecentFirst(List<T> choices, List<T> used, long seed) {
        List<T> shuffled = shuffle(choices, seed);
        shuffled.sort(Comparator.comparingInt(used::lastIndexOf));
        return shuffled;
    }

    /** The choices in an order fixed by the seed, different for different seeds. */
    static <T> List<T> shuffle(List<T> choices, long seed) {
        List<T> shuffled = new ArrayList<>(choices);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }
}
