package dev.deliberate.mastery.simulation;

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

    double startingAbility(String skillId) {
        return ability.getOrDefault(skillId, defaultAbility);
    }
}
