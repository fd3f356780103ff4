package dev.deliberate.mastery;

import java.util.List;

/**
 * What the learner model believes about one learner on one skill, as a teacher's page reads it:
 * no review plan or window internals, only what explains where the learner stands.
 *
 * @param skillId                the skill, such as {@code fractions}
 * @param knowledge              P(L), the chance the learner knows the skill
 * @param ability                Elo ability θ on the skill, in logits (0: even odds on a standard item)
 * @param attempts               graded attempts on the skill
 * @param consecutiveFailures    how many of the latest attempts in a row were not correct
 * @param mastered               whether P(L) has reached the mastery threshold
 * @param credit                 how far the skill is on the way to mastered, in [0, 1] (the grade's credit)
 * @param recurringMisconception the misconception that recurs in the learner's recent attempts, or null
 */
public record SkillState(String skillId, double knowledge, double ability, int attempts, int consecutiveFailures,
        boolean mastered, double credit, String recurringMisconception) {

    private static final LearnerModel MODEL = new LearnerModel(MasterySettings.DEFAULTS);
    private static final MasteryScore SCORE = new MasteryScore(MasterySettings.DEFAULTS);

    /** The state the default learner model gives this skill. */
    public static SkillState of(SkillMastery skill) {
        List<RecurringMisconception> recurring = MODEL.recurringMisconceptions(skill);
        return new SkillState(skill.skillId(), skill.knowledge(), skill.ability(), skill.attempts(), skill.consecutiveFailures(),
                MODEL.isMastered(skill), SCORE.creditFor(skill), recurring.isEmpty() ? null : recurring.get(0).code());
    }
}
