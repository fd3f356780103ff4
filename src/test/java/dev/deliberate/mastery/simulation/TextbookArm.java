package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.LearnerModel;
import dev.deliberate.mastery.SkillMastery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A textbook order over the same items: the assignment's skills in teaching order, each with the same number of
 * items per level from easiest to hardest, the whole sequence repeated once it runs out. Optionally
 * it moves past the items of a skill the learner model already counts as mastered, which separates
 * what mastery-based progression alone buys from what the rest of the policy adds.
 */
final class TextbookArm implements PracticeArm {

    private final List<PracticeArm.Pick> sequence = new ArrayList<>();
    private final LearnerModel model;
    private final boolean skipMastered;
    private int position;

    TextbookArm(Curriculum curriculum, int itemsPerLevel, LearnerModel model, boolean skipMastered) {
        this.model = model;
        this.skipMastered = skipMastered;
        for (String skill : curriculum.assignment()) {
            for (int level = 1; level <= curriculum.levels(); level++) {
                for (int copy = 0; copy < itemsPerLevel; copy++) {
                    sequence.add(new Pick(skill, level, "TEXTBOOK"));
                }
            }
        }
    }

    @Override
    public Pick next(Map<String, SkillMastery> skills, ItemBank bank, Instant now) {
        for (int looked = 0; looked < sequence.size(); looked++) {
            Pick pick = sequence.get(position);
            position = (position + 1) % sequence.size();
            SkillMastery skill = skills.get(pick.skillId());
            if (!skipMastered || !model.isMastered(skill)) {
                return pick;
            }
        }
        throw new IllegalStateException("every skill is mastered; the run should have ended");
    }
}
