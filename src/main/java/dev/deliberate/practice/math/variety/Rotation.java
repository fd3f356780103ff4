package dev.deliberate.practice.math.variety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Orders choices so that the one used least recently comes first; the seed breaks ties. */
final class Rotation {

    private Rotation() {
    }

    /** {@code choices} ordered by their last position in {@code used} (never used first). */
    static <T> List<T> leastRecentFirst(List<T> choices, List<T> used, long seed) {
        List<T> rotated = rotate(choices, seed);
        rotated.sort(Comparator.comparingInt(used::lastIndexOf));
        return rotated;
    }

    /** The choices starting at a seed-dependent position, to break ties differently per learner. */
    static <T> List<T> rotate(List<T> choices, long seed) {
        List<T> rotated = new ArrayList<>(choices);
        if (!rotated.isEmpty()) {
            Collections.rotate(rotated, (int) Math.floorMod(seed, (long) rotated.size()));
        }
        return rotated;
    }
}
