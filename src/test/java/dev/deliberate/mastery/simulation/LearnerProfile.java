package dev.deliberate.mastery.simulation;

import java.util.List;
import java.util.Map;

/**
 * A kind of learner, with the hidden truth the learner model has to discover.
 *
 * @param name how the table names the profile
 * @param ability the true starting ability per skill, in logits
 * @param defaultAbility the true starting ability on skills not listed
 * @param learningRate logits gained per attempt on a skill whose prerequisites are solid
 * @param carelessness the chance of a wrong answer on an item the learner could do
 * @param misconceptionRate the chance a wrong answer shows the skill's typical misconception
 */
public record LearnerProfile(String name, Map<String, Double> ability, double defaultAbility, double learningRate,
        double carelessness, double misconceptionRate) {

    /** The five profiles of the simulation; their numbers were set before the first run, not tuned. */
    static List<LearnerProfile> standard() {
        return List.of(
                new LearnerProfile("strong", Map.of(), 1.0, 0.10, 0.02, 0.3),
                new LearnerProfile("average", Map.of(), 0.0, 0.06, 0.05, 0.5),
                new LearnerProfile("weak in fractions", Map.of("fractions", -2.0), 0.0, 0.06, 0.05, 0.5),
                new LearnerProfile("careless", Map.of(), 0.5, 0.06, 0.20, 0.2),
                new LearnerProfile("weak in basic operations", Map.of("basic-operations", -2.0), -1.0,
                        0.05, 0.05, 0.5));
    }

    double startingAbility(String skillId) {
        return ability.getOrDefault(skillId, defaultAbility);
    }
}
