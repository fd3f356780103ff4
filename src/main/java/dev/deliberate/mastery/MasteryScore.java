package dev.deliberate.mastery;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The grade of an assignment, in [0, 1], from the learner's knowledge of its skills.
 *
 * <p>Each skill earns a credit, read from the shown estimate ({@link SkillMastery#shownKnowledge()}:
 * P(L), but falling by at most 25 points on one answer), that rises linearly from 0 at P(L0), where every learner starts, to
 * 1 at the mastery threshold, and is capped there: {@code clamp((P(L) − P(L0)) / (threshold −
 * P(L0)), 0, 1)}. Starting from P(L0) rather than from 0 means opening an assignment earns nothing,
 * and capping at the threshold means a mastered skill earns full credit however far above it the
 * estimate climbs. The score is the weighted mean of the credits; a skill never practised earns 0.
 */
public final class MasteryScore {

    private final MasterySettings settings;

    public MasteryScore(MasterySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The credit one skill earns, in [0, 1]; exactly 1 once mastered. */
    public double creditFor(SkillMastery skill) {
        double start = settings.tracing().initialKnowledge();
        double progress = (skill.shownKnowledge() - start) / (settings.masteryThreshold() - start);
        return Math.min(1, Math.max(0, progress));
    }

    /** The score with every skill weighing the same. */
    public double of(List<String> skillIds, Map<String, SkillMastery> skills) {
        return of(skillIds, skills, Map.of());
    }

    /**
     * The weighted score of the assignment's skills.
     *
     * @param weights weight per skill id; a skill without one weighs 1
     */
    public double of(List<String> skillIds, Map<String, SkillMastery> skills, Map<String, Double> weights) {
        double weighted = 0;
        double total = 0;
        for (String skillId : skillIds) {
            double weight = weights.getOrDefault(skillId, 1.0);
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "weight of " + skillId + " must be finite and >= 0 but was " + weight);
            }
            SkillMastery skill = skills.get(skillId);
            weighted += weight * (skill == null ? 0 : creditFor(skill));
            total += weight;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the assignment's skills must have a positive total weight");
        }
        return weighted / total;
    }
}
