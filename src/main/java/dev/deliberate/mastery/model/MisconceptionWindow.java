package dev.deliberate.mastery.model;

import java.util.List;
import java.util.Objects;

/**
 * The recent misconception history of one learner on one skill, small enough to persist as a few
 * columns: at most a window's worth of codes (ten by default), one more code and two numbers.
 *
 * @param recent the latest attempts on the skill, oldest first: for each, the misconception code
 *               it showed, or {@link #NONE}
 * @param cleanStreak how many clean attempts (correct, unassisted, no misconception) came last in a row
 * @param focusCode the misconception the latest focus set was started for, or {@link #NONE}
 * @param focusRemaining items left in that focus set; 0 when none is running
 */
public record MisconceptionWindow(List<String> recent, int cleanStreak, String focusCode, int focusRemaining) {

    /** Marks an attempt that showed no misconception. */
    public static final String NONE = "";

    /** The window of a skill not yet practised. */
    public static final MisconceptionWindow EMPTY = new MisconceptionWindow(List.of(), 0, NONE, 0);

    public MisconceptionWindow {
        recent = List.copyOf(recent);
        Objects.requireNonNull(focusCode, "focusCode");
        if (cleanStreak < 0 || focusRemaining < 0) {
            throw new IllegalArgumentException("cleanStreak and focusRemaining must not be negative but were "
                    + cleanStreak + " and " + focusRemaining);
        }
    }

    /** How many remembered attempts showed this misconception. */
    public int count(String code) {
        if (NONE.equals(code)) {
            return 0;
        }
        return (int) recent.stream().filter(code::equals).count();
    }

    /** Whether a focus set is running on this skill. */
    public boolean isFocusing() {
        return focusRemaining > 0;
    }
}
