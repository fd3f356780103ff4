package dev.deliberate.mastery;

import dev.deliberate.mastery.model.MisconceptionWindow;
import dev.deliberate.mastery.model.ReviewPlan;
import java.time.Instant;
import java.util.Objects;

/**
 * What the learner model knows about one learner on one skill. Immutable; every attempt yields a
 * new value through {@link LearnerModel#record}.
 *
 * @param skillId the skill, such as {@code two-step}
 * @param knowledge P(L) from knowledge tracing: the probability the learner knows the skill
 * @param ability the learner's Elo ability θ on this skill, in logits
 * @param attempts how many attempts the learner has made on this skill
 * @param consecutiveFailures how many of the latest attempts in a row were not correct
 * @param review when the skill is next due for review; {@code null} while it is not mastered
 * @param misconceptions the learner's recent misconceptions on this skill
 * @param shownKnowledge P(L) as the learner, the teacher and the gradebook see it: {@code knowledge},
 *                       except that one answer lowers it by a bounded step and a correct or
 *                       assisted answer never lowers it (see {@link LearnerModel#record}); never
 *                       below {@code knowledge}
 */
public record SkillMastery(String skillId, double knowledge, double ability, int attempts,
        int consecutiveFailures, ReviewPlan review, MisconceptionWindow misconceptions, double shownKnowledge) {

    public SkillMastery {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(misconceptions, "misconceptions");
        if (!(knowledge > 0 && knowledge < 1) || !Double.isFinite(ability)) {
            throw new IllegalArgumentException("knowledge must be in (0, 1) and ability finite but were "
                    + knowledge + " and " + ability);
        }
        if (!(shownKnowledge >= knowledge && shownKnowledge < 1)) {
            throw new IllegalArgumentException("shownKnowledge must be in [knowledge, 1) but was " + shownKnowledge
                    + " with knowledge " + knowledge);
        }
        if (attempts < 0 || consecutiveFailures < 0 || consecutiveFailures > attempts) {
            throw new IllegalArgumentException("need 0 <= consecutiveFailures <= attempts but got "
                    + consecutiveFailures + " and " + attempts);
        }
    }

    /** A state whose shown estimate is the estimate itself. */
    public SkillMastery(String skillId, double knowledge, double ability, int attempts, int consecutiveFailures,
            ReviewPlan review, MisconceptionWindow misconceptions) {
        this(skillId, knowledge, ability, attempts, consecutiveFailures, review, misconceptions, knowledge);
    }

    /** A skill the learner has not practised yet, with ability at the centre of the item scale. */
    public static SkillMastery unpractised(String skillId, double initialKnowledge) {
        return new SkillMastery(skillId, initialKnowledge, 0.0, 0, 0, null, MisconceptionWindow.EMPTY);
    }

    /** Whether the skill is mastered and its review has come due at {@code now}. */
    public boolean isDueForReview(Instant now) {
        return review != null && review.isDue(now);
    }
}
