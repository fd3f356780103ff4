package dev.deliberate.practice;

import java.util.Set;

import dev.deliberate.mastery.AssignmentSkills;

/**
 * How one assignment practises: its skills and completion, whether blocks end with a reflection,
 * and the contexts its problems may use (empty: any).
 */
record AssignmentPlan(String subject, AssignmentSkills skills, boolean reflectionRequired, Set<String> contexts) {

    AssignmentPlan {
        contexts = Set.copyOf(contexts);
    }
}
