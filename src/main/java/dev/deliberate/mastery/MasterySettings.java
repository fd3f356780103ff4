package dev.deliberate.mastery;

import dev.deliberate.mastery.model.KnowledgeTracing;
import dev.deliberate.mastery.model.MisconceptionRules;
import dev.deliberate.mastery.model.RatingSchedule;
import dev.deliberate.mastery.model.ReviewSchedule;
import dev.deliberate.mastery.model.TracingParameters;
import java.util.Objects;

/**
 * The parameters of the learner model; {@link #DEFAULTS} documents and uses the chosen values.
 *
 * @param tracing the knowledge tracing parameters
 * @param masteryThreshold the P(L) from which a skill counts as mastered; 0.95 by default, the
 *                         usual choice since Corbett and Anderson (1995)
 * @param learnerRating how far one answer moves a learner's ability
 * @param itemRating how far one answer moves an item's difficulty
 * @param reviews when mastered skills come back for review
 * @param misconceptions when a misconception recurs and what follows
 */
public record MasterySettings(TracingParameters tracing, double masteryThreshold, RatingSchedule learnerRating,
        RatingSchedule itemRating, ReviewSchedule reviews, MisconceptionRules misconceptions) {

    public static final MasterySettings DEFAULTS = new MasterySettings(TracingParameters.DEFAULTS, 0.95,
            RatingSchedule.LEARNER, RatingSchedule.ITEM, ReviewSchedule.DEFAULT, MisconceptionRules.DEFAULTS);

    public MasterySettings {
        Objects.requireNonNull(tracing, "tracing");
        Objects.requireNonNull(learnerRating, "learnerRating");
        Objects.requireNonNull(itemRating, "itemRating");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(misconceptions, "misconceptions");
        if (!(masteryThreshold > tracing.initialKnowledge() && masteryThreshold <= KnowledgeTracing.CEILING)) {
            throw new IllegalArgumentException("masteryThreshold must lie above P(L0) and at most "
                    + KnowledgeTracing.CEILING + " but was " + masteryThreshold);
        }
    }

    /** The same settings with another mastery threshold. */
    public MasterySettings withMasteryThreshold(double threshold) {
        return new MasterySettings(tracing, threshold, learnerRating, itemRating, reviews, misconceptions);
    }
}
