package dev.deliberate.mastery;

/** How a learner's attempt at an item ended, as far as the learner model is concerned. */
public enum AttemptOutcome {

    /** Answered correctly without help. */
    CORRECT,

    /** Answered incorrectly without help. */
    INCORRECT,

    /**
     * Answered after asking for a hint or being shown a worked example, whether the final answer
     * was right or not. Knowledge tracing reads it as an incorrect answer (the learner could not do
     * it alone) but still applies the learning transition (the help was a chance to learn); the
     * learner's ability drops as after a wrong answer, and the item's difficulty is left alone,
     * because the answer says nothing about how hard the item is unaided.
     */
    ASSISTED
}
