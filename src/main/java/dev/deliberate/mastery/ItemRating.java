package dev.deliberate.mastery;

/**
 * The Elo difficulty of a kind of item, on the same logit scale as learners' ability. The
 * integrator keeps one per (skill, difficulty level, template family).
 *
 * @param difficulty b, in logits: a learner with ability b answers correctly half the time
 * @param attempts how many unassisted answers the rating rests on
 */
public record ItemRating(double difficulty, int attempts) {

    /** The level whose prior difficulty is 0 logits. */
    static final int MIDDLE_LEVEL = 3;

    public ItemRating {
        if (!Double.isFinite(difficulty) || attempts < 0) {
            throw new IllegalArgumentException("need a finite difficulty and attempts >= 0 but got "
                    + difficulty + " and " + attempts);
        }
    }

    /**
     * The prior rating of an item no one has answered yet: one logit per difficulty level, with
     * level 3 at 0. On levels 1 to 5 that spans −2 to +2 logits, so a learner of ability 0 answers
     * the easiest items correctly 88% of the time and the hardest 12%.
     */
    public static ItemRating unrated(int difficultyLevel) {
        return new ItemRating(difficultyLevel - MIDDLE_LEVEL, 0);
    }
}
