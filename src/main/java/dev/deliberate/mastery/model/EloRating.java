package dev.deliberate.mastery.model;

import java.util.Objects;

/**
 * Elo-style ratings on the logit scale of the Rasch model: a learner of ability θ answers an item
 * of difficulty b correctly with probability {@code P = 1 / (1 + e^(b − θ))}.
 *
 * <p>The natural base (rather than chess Elo's 10^(x/400)) keeps θ and b in IRT logits: one logit
 * of advantage multiplies the odds of a correct answer by e ≈ 2.72, and θ = b means even odds.
 * After an answer scored s (1 correct, 0 otherwise) both sides move by the surprise s − P, each
 * weighted by its own schedule:
 * <pre>
 *   θ' = θ + K_learner(n) · (s − P)
 *   b' = b − K_item(m) · (s − P)
 * </pre>
 * where n and m count the answers each rating already rests on. Both updates use the ratings as
 * they were before the answer.
 */
public final class EloRating {

    private final RatingSchedule learner;
    private final RatingSchedule item;

    public EloRating(RatingSchedule learner, RatingSchedule item) {
        this.learner = Objects.requireNonNull(learner, "learner");
        this.item = Objects.requireNonNull(item, "item");
    }

    /** P(correct) for a learner of this ability on an item of this difficulty. */
    public static double expectedSuccess(double ability, double difficulty) {
        return 1 / (1 + Math.exp(difficulty - ability));
    }

    /** The learner's ability after answering an item; {@code learnerAttempts} counts earlier answers. */
    public double abilityAfter(double ability, int learnerAttempts, double difficulty, boolean correct) {
        return ability + learner.factor(learnerAttempts) * surprise(ability, difficulty, correct);
    }

    /** The item's difficulty after a learner answered it; {@code itemAttempts} counts earlier answers. */
    public double difficultyAfter(double difficulty, int itemAttempts, double ability, boolean correct) {
        return difficulty - item.factor(itemAttempts) * surprise(ability, difficulty, correct);
    }

    private static double surprise(double ability, double difficulty, boolean correct) {
        return (correct ? 1 : 0) - expectedSuccess(ability, difficulty);
    }
}
