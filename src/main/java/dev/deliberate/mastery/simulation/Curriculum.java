package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.SkillMap;
import java.util.List;
import java.util.Map;

/**
 * The skills of a simulated subject, in teaching order, with their prerequisites, the misconception
 * typical of each, and the ones the assignment asks the learner to master.
 *
 * @param skills every skill the learner has and the engine can generate items for
 * @param assignment the skills to master, in teaching order
 * @param prerequisites direct prerequisites per skill
 * @param typicalMisconceptions the misconception a wrong answer on each skill usually shows
 * @param levels the difficulty levels each skill's generator offers, 1 to this number
 */
public record Curriculum(List<String> skills, List<String> assignment, Map<String, List<String>> prerequisites,
        Map<String, String> typicalMisconceptions, int levels) {

    public SkillMap skillMap() {
        return SkillMap.of(prerequisites);
    }

    List<String> prerequisitesOf(String skillId) {
        return prerequisites.getOrDefault(skillId, List.of());
    }

    /** The true difficulty of every item of a level, in logits: level 3 sits at 0. */
    public double trueDifficulty(int level) {
        return level - 3;
    }
}
