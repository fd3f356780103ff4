package dev.deliberate.mastery;

/**
 * A misconception the learner keeps showing on a skill, so the page can say "you tend to …" and
 * the teacher can see it.
 *
 * @param skillId the skill on which it recurs
 * @param code the misconception, such as {@code SIGN_ERROR_MOVING_TERM}
 * @param count in how many of the remembered attempts it appeared
 * @param window how many attempts are remembered so far (at most the configured window)
 */
public record RecurringMisconception(String skillId, String code, int count, int window) {
}
