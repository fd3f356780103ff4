package dev.deliberate.mastery;

import java.util.Objects;

/**
 * The item the policy chose, and why.
 *
 * @param skillId the skill to practise
 * @param difficulty the difficulty level to generate
 * @param reason why this item, for the page to explain
 * @param cause for {@link ChoiceReason#PREREQUISITE_REVIEW} the skill the learner is stuck on, for
 *              {@link ChoiceReason#MISCONCEPTION_FOCUS} the misconception code; empty otherwise
 * @param expectedSuccess the learner's predicted chance of answering correctly
 */
public record ItemChoice(String skillId, int difficulty, ChoiceReason reason, String cause,
        double expectedSuccess) {

    public ItemChoice {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
    }
}
