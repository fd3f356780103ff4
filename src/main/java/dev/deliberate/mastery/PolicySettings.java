package dev.deliberate.mastery;

/**
 * How the policy picks the next item.
 *
 * @param targetSuccess the chance of success to aim for in ordinary practice, between 0.5 and 0.95;
 *                      0.75 by default: hard enough to need effort, easy enough to keep going
 * @param challengeSuccess the chance of success to aim for once the assignment is mastered; 0.5 by
 *                         default, where an answer tells most about the learner
 * @param failuresBeforePrerequisite failures in a row on a skill after which the learner is stuck
 * @param lowKnowledge a P(L) under which, after {@code lowKnowledgeAttempts} attempts, the learner
 *                     is stuck even without a run of failures; 0.2 by default, which with the default
 *                     tracing parameters takes mostly wrong answers (a run of them bottoms out at 0.114)
 * @param lowKnowledgeAttempts the attempts needed before low knowledge counts as being stuck
 */
public record PolicySettings(double targetSuccess, double challengeSuccess, int failuresBeforePrerequisite,
        double lowKnowledge, int lowKnowledgeAttempts) {

    public static final PolicySettings DEFAULTS = new PolicySettings(0.75, 0.5, 3, 0.2, 5);

    public PolicySettings {
        if (!(targetSuccess >= 0.5 && targetSuccess <= 0.95)) {
            throw new IllegalArgumentException("targetSuccess must be in [0.5, 0.95] but was " + targetSuccess);
        }
        if (!(challengeSuccess > 0 && challengeSuccess <= targetSuccess)) {
            throw new IllegalArgumentException("challengeSuccess must be in (0, targetSuccess] but was "
                    + challengeSuccess);
        }
        if (failuresBeforePrerequisite < 1 || lowKnowledgeAttempts < 1 || !(lowKnowledge >= 0 && lowKnowledge < 1)) {
            throw new IllegalArgumentException("need failures and attempts >= 1 and lowKnowledge in [0, 1)");
        }
    }

    /** The same settings aiming at another chance of success. */
    public PolicySettings withTargetSuccess(double success) {
        double challenge = Math.min(challengeSuccess, success);
        return new PolicySettings(success, challenge, failuresBeforePrerequisite, lowKnowledge, lowKnowledgeAttempts);
    }
}
