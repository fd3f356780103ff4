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

    /** Six skills of early algebra, all in the assignment; multi-step equations build on the rest. */
    static Curriculum earlyAlgebra() {
        List<String> skills =
                List.of("basic-operations", "fractions", "one-step", "two-step", "distributive", "multi-step");
        return new Curriculum(skills, skills,
                Map.of("fractions", List.of("basic-operations"),
                        "one-step", List.of("basic-operations"),
                        "two-step", List.of("one-step"),
                        "distributive", List.of("basic-operations"),
                        "multi-step", List.of("two-step", "distributive", "fractions")),
                Map.of("basic-operations", "INTEGER_SIGN_SLIP",
                        "fractions", "RECIPROCAL_ERROR",
                        "one-step", "OPERATION_ON_ONE_SIDE",
                        "two-step", "SIGN_ERROR_MOVING_TERM",
                        "distributive", "DISTRIBUTE_FIRST_TERM_ONLY",
                        "multi-step", "COMBINING_UNLIKE_TERMS"),
                5);
    }

    /** The same subject with one skill left out of the assignment, as a prerequisite taken for granted. */
    Curriculum assigningAllBut(String skillId) {
        List<String> assigned = assignment.stream().filter(skill -> !skill.equals(skillId)).toList();
        return new Curriculum(skills, assigned, prerequisites, typicalMisconceptions, levels);
    }

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
