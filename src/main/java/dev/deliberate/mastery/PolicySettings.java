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
 * @param checkFromKnowledge the P(L) from which items come only from {@code checkLevel} up, so that
 *                           the answers that decide mastery are given on items of standard difficulty;
 *                           1 turns the check off
 * @param checkLevel the standard difficulty level of a skill
 */
public record PolicySettings(double targetSuccess, double challengeSuccess, int failuresBeforePrerequisite,
        double lowKnowledge, int lowKnowledgeAttempts, double checkFromKnowledge, int checkLevel) {

    /**
     * Aim at 75% success; stuck after three failures in a row or P(L) under 0.2 after five
     * attempts; mastery checked on level 3 or harder from P(L) 0.6. Knowledge tracing ignores item
     * difficulty, so without the check a learner could be called master of a skill after answering
     * only its easiest items. With the default tracing parameters only a correct answer given at
     * P(L) of 0.79 or more can lift it to 0.95, so the answer that makes a skill mastered is always
     * given on a standard item (when the skill has any).
     */
    public static final PolicySettings DEFAULTS =
            new PolicySettings(0.75, 0.5, 3, 0.2, 5, 0.6, ItemRating.MIDDLE_LEVEL);

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
        if (!(checkFromKnowledge > 0 && checkFromKnowledge <= 1)) {
            throw new IllegalArgumentException("checkFromKnowledge must be in (0, 1] but was " + checkFromKnowledge);
        }
    }

    /** The same settings aiming at another chance of success. */
    public PolicySettings withTargetSuccess(double success) {
        return new PolicySettings(success, Math.min(challengeSuccess, success), failuresBeforePrerequisite,
                lowKnowledge, lowKnowledgeAttempts, checkFromKnowledge, checkLevel);
    }

    /** The same settings with the mastery check starting at another P(L); 1 turns it off. */
    public PolicySettings withCheckFromKnowledge(double knowledge) {
        return new PolicySettings(targetSuccess, challengeSuccess, failuresBeforePrerequisite,
                lowKnowledge, lowKnowledgeAttempts, knowledge, checkLevel);
    }

    /** The same settings counting low knowledge as stuck only after another number of attempts. */
    public PolicySettings withLowKnowledgeAttempts(int attempts) {
        return new PolicySettings(targetSuccess, challengeSuccess, failuresBeforePrerequisite,
                lowKnowledge, attempts, checkFromKnowledge, checkLevel);
    }

    /** The same settings with prerequisite routing after another number of failures in a row. */
    public PolicySettings withFailuresBeforePrerequisite(int failures) {
        return new PolicySettings(targetSuccess, challengeSuccess, failures,
                lowKnowledge, lowKnowledgeAttempts, checkFromKnowledge, checkLevel);
    }
}
