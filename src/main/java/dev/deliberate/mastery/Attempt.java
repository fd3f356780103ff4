package dev.deliberate.mastery;

import dev.deliberate.mastery.model.MisconceptionWindow;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt at an item, as the learner model sees it.
 *
 * @param outcome how the attempt ended
 * @param misconceptionCode the misconception the checker diagnosed, such as
 *                          {@code SIGN_ERROR_MOVING_TERM}, or {@link MisconceptionWindow#NONE}
 * @param at when the learner answered
 */
public record Attempt(AttemptOutcome outcome, String misconceptionCode, Instant at) {

    public Attempt {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(misconceptionCode, "misconceptionCode");
        Objects.requireNonNull(at, "at");
    }

    /** A correct answer given without help. */
    public static Attempt correct(Instant at) {
        return new Attempt(AttemptOutcome.CORRECT, MisconceptionWindow.NONE, at);
    }

    /** An incorrect answer in which no misconception was diagnosed. */
    public static Attempt incorrect(Instant at) {
        return new Attempt(AttemptOutcome.INCORRECT, MisconceptionWindow.NONE, at);
    }

    /** An incorrect answer showing the given misconception. */
    public static Attempt incorrect(String misconceptionCode, Instant at) {
        return new Attempt(AttemptOutcome.INCORRECT, misconceptionCode, at);
    }

    /** An answer given after a hint or a worked example. */
    public static Attempt assisted(Instant at) {
        return new Attempt(AttemptOutcome.ASSISTED, MisconceptionWindow.NONE, at);
    }

    /** Whether the answer was right. */
    public boolean isCorrect() {
        return outcome == AttemptOutcome.CORRECT;
    }

    /** Whether the answer was right, unaided and showed no misconception. */
    public boolean isClean() {
        return isCorrect() && misconceptionCode.equals(MisconceptionWindow.NONE);
    }
}
