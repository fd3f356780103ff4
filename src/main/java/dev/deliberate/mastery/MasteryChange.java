package dev.deliberate.mastery;

/**
 * How one attempt changed the estimate that a learner knows a skill; the integrator raises
 * {@code MasteryChanged} from it.
 *
 * @param skillId the skill practised
 * @param before P(L) before the attempt
 * @param after P(L) after the attempt
 * @param mastered whether the skill counts as mastered after the attempt
 */
public record MasteryChange(String skillId, double before, double after, boolean mastered) {
}
