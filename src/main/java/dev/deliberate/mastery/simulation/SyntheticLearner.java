package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.model.EloRating;
import dev.deliberate.mastery.model.MisconceptionWindow;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A simulated learner who answers with the Rasch probability of their hidden ability, and learns.
 *
 * <p>P(correct) = (1 − carelessness) · 1 / (1 + e^(b − θ)). After each attempt on a skill, with
 * feedback, θ of that skill grows by the learning rate times the learner's readiness: the lowest
 * true chance of success on a middle-level item among the skill's prerequisites (1 without any).
 * Shaky prerequisites so slow down learning what builds on them. How much is learned does not
 * depend on the item's difficulty or on the answer, so no choice of items is favoured by design.
 */
public final class SyntheticLearner {

    private final LearnerProfile profile;
    private final Curriculum curriculum;
    private final SplittableRandom random;
    private final Map<String, Double> ability = new HashMap<>();

    public SyntheticLearner(LearnerProfile profile, Curriculum curriculum, long seed) {
        this.profile = profile;
        this.curriculum = curriculum;
        this.random = new SplittableRandom(seed);
        curriculum.skills().forEach(skill -> ability.put(skill, profile.startingAbility(skill)));
    }

    /** Answers an item of the skill with this true difficulty; true when the answer is right. */
    public boolean answers(String skillId, double difficulty) {
        return random.nextDouble() < (1 - profile.carelessness()) * trueSuccess(skillId, difficulty);
    }

    /** The misconception a wrong answer on the skill shows, or none. */
    public String misconceptionIn(String skillId) {
        return showsMisconception() ? curriculum.typicalMisconceptions().get(skillId) : MisconceptionWindow.NONE;
    }

    /** Whether a wrong answer shows a misconception (the skill's typical one) rather than a plain slip. */
    public boolean showsMisconception() {
        return random.nextDouble() < profile.misconceptionRate();
    }

    /** Learning from one attempt with feedback on the skill. */
    public void practises(String skillId) {
        ability.merge(skillId, profile.learningRate() * readiness(skillId), Double::sum);
    }

    /** The true chance, carelessness aside, of answering an item of this difficulty correctly. */
    public double trueSuccess(String skillId, double difficulty) {
        return EloRating.expectedSuccess(ability.get(skillId), difficulty);
    }

    private double readiness(String skillId) {
        return curriculum.prerequisitesOf(skillId).stream()
                .mapToDouble(prerequisite -> trueSuccess(prerequisite, 0))
                .min()
                .orElse(1);
    }
}
