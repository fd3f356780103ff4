package dev.deliberate.mastery;

import java.util.List;

/**
 * What a teacher asked a learner to work on, which the policy honours before anything else (see
 * {@link NextItemPolicy}).
 *
 * @param skills    the skills to practise, in teaching order; empty leaves the skill to the policy
 * @param band      the difficulty levels to keep to, or null for the policy's usual choice
 * @param challenge whether to stretch the learner: the hardest levels, aiming at the challenge success
 */
public record TeacherFocus(List<String> skills, Band band, boolean challenge) {

    public TeacherFocus {
        skills = List.copyOf(skills);
        if (skills.isEmpty() && band == null && !challenge) {
            throw new IllegalArgumentException("a focus needs skills, a band or challenge mode");
        }
    }

    /** A band of difficulty levels around the standard level of a skill. */
    public enum Band {

        /** Below the standard level. */
        EASIER,

        /** The standard level only. */
        STANDARD,

        /** Above the standard level. */
        HARDER;

        boolean admits(int level, int standardLevel) {
            return switch (this) {
                case EASIER -> level < standardLevel;
                case STANDARD -> level == standardLevel;
                case HARDER -> level > standardLevel;
            };
        }
    }
}
