package dev.deliberate.practice.math.item;

import java.util.Set;

/**
 * The equation behind a word problem. A template's numbers {@code {1}, {2}, …} appear in the
 * text in the order they appear here; {@code amounts} are the ones that may be money with cents.
 */
enum StoryShape {
    /** {@code x + {1} = {2}}. */
    ADD(1, Set.of(1)),
    /** {@code x − {1} = {2}}. */
    SUBTRACT(1, Set.of(1)),
    /** {@code {1}x = {2}}. */
    MULTIPLY(1, Set.of()),
    /** {@code x/{1} = {2}}. */
    DIVIDE(1, Set.of()),
    /** {@code {1}x + {2} = {3}}. */
    PLUS(2, Set.of(1, 2)),
    /** {@code {1}x − {2} = {3}}. */
    MINUS(3, Set.of(1, 2)),
    /** {@code {1}(x + {2}) = {3}}. */
    GROUPED(4, Set.of(2)),
    /** {@code {1}x + {2} = {3}x + {4}}. */
    BOTH_SIDES(5, Set.of(1, 2, 3, 4));

    private final int level;
    private final Set<Integer> amounts;

    StoryShape(int level, Set<Integer> amounts) {
        this.level = level;
        this.amounts = amounts;
    }

    /** The difficulty level at which this shape is introduced. */
    int level() {
        return level;
    }

    /** Whether the shape suits a difficulty: introduced at its level, still used one level above. */
    boolean fits(Difficulty difficulty) {
        return level <= difficulty.level() && level >= difficulty.level() - 1;
    }

    boolean isAmount(int number) {
        return amounts.contains(number);
    }
}
