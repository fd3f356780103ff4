package dev.deliberate.mastery;

import java.util.Map;
import java.util.Optional;

/**
 * What one graded attempt changed.
 *
 * @param change         P(L) before and after, and whether the skill is now mastered
 * @param newlyRecurring the misconception this attempt made recur, when it started a focus set
 * @param skills         the learner's skills after the attempt
 * @param score          the assignment's mastery score after the attempt
 */
public record Recorded(MasteryChange change, Optional<RecurringMisconception> newlyRecurring,
        Map<String, SkillMastery> skills, double score) {
}
