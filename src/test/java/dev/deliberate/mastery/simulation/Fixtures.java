package dev.deliberate.mastery.simulation;

import java.util.List;
import java.util.Map;

/** The simulation's fixed subject and profiles (set before the first run, not tuned). */
final class Fixtures {

    private Fixtures() {
    }

    /** The five profiles of the simulation. */
    static List<LearnerProfile> standardProfiles() {
        return List.of(
                new LearnerProfile("strong", Map.of(), 1.0, 0.10, 0.02, 0.3),
                new LearnerProfile("average", Map.of(), 0.0, 0.06, 0.05, 0.5),
                new LearnerProfile("weak in fractions", Map.of("fractions", -2.0), 0.0, 0.06, 0.05, 0.5),
                new LearnerProfile("careless", Map.of(), 0.5, 0.06, 0.20, 0.2),
                new LearnerProfile("weak in basic operations", Map.of("basic-operations", -2.0), -1.0,
                        0.05, 0.05, 0.5));
    }

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
    static Curriculum assigningAllBut(Curriculum curriculum, String skillId) {
        List<String> assigned = curriculum.assignment().stream().filter(skill -> !skill.equals(skillId)).toList();
        return new Curriculum(curriculum.skills(), assigned, curriculum.prerequisites(), curriculum.typicalMisconceptions(),
                curriculum.levels());
    }
}
