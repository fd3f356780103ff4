package dev.deliberate.mastery;

/**
 * When an assignment counts as completed, for the gradebook to report it so.
 *
 * @param targetScore the mastery score to reach, in (0, 1]; 1 means every skill mastered
 * @param minimumItems how many items the learner must have done, whatever the score
 */
public record Completion(double targetScore, int minimumItems) {

    /**
     * Every skill mastered and at least ten items: knowledge tracing can call a skill mastered
     * after three correct answers, and deliberate practice asks for some volume even from a
     * learner who already knew the skills.
     */
    public static final Completion DEFAULTS = new Completion(1.0, 10);

    public Completion {
        if (!(targetScore > 0 && targetScore <= 1) || minimumItems < 0) {
            throw new IllegalArgumentException("need targetScore in (0, 1] and minimumItems >= 0 but got "
                    + targetScore + " and " + minimumItems);
        }
    }

    /** Whether a learner with this score who has done this many items has completed the assignment. */
    public boolean isReachedBy(double score, int itemsDone) {
        return score >= targetScore && itemsDone >= minimumItems;
    }
}
