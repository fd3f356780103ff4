package dev.deliberate.mastery;

import java.util.Optional;

/**
 * Everything one attempt changed in the learner model.
 *
 * @param skill the learner's new state on the skill
 * @param item the item's new rating (unchanged after an assisted attempt)
 * @param change the change in P(L), for {@code MasteryChanged}
 * @param newlyRecurring the misconception that this attempt made recur, if it started a focus set
 */
public record AttemptResult(SkillMastery skill, ItemRating item, MasteryChange change,
        Optional<RecurringMisconception> newlyRecurring) {
}
