package dev.deliberate.mastery.model;

/**
 * When a misconception counts as recurring, and what follows.
 *
 * @param window how many of the latest attempts on a skill are remembered
 * @param threshold how many of those attempts must show the same misconception for it to recur
 * @param focusSetSize how many items the focused set on the skill holds
 * @param cleanAttemptsToClear how many clean attempts in a row clear a recurring misconception
 */
public record MisconceptionRules(int window, int threshold, int focusSetSize, int cleanAttemptsToClear) {

    /**
     * Three of the last ten attempts: often enough that it is a habit rather than a slip, recent
     * enough that the learner remembers making it. A focus set of five items gives room for three
     * clean attempts in a row, which is what it takes to clear the pattern.
     */
    public static final MisconceptionRules DEFAULTS = new MisconceptionRules(10, 3, 5, 3);

    public MisconceptionRules {
        if (window < 1 || threshold < 1 || threshold > window) {
            throw new IllegalArgumentException(
                    "need 1 <= threshold <= window but got threshold " + threshold + " and window " + window);
        }
        if (focusSetSize < 1 || cleanAttemptsToClear < 1) {
            throw new IllegalArgumentException("focusSetSize and cleanAttemptsToClear must be at least 1 but were "
                    + focusSetSize + " and " + cleanAttemptsToClear);
        }
    }
}
