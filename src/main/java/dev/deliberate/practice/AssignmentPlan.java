package dev.deliberate.practice;

import java.util.Set;

import dev.deliberate.mastery.AssignmentSkills;

/**
 * How one assignment practises: its skills and completion, whether blocks end with a reflection,
 * the contexts its problems may use (empty: any), and whether a language model may write wording
 * (the teacher's "language model" switch).
 */
record AssignmentPlan(String subject, AssignmentSkills skills, boolean reflectionRequired, Set<String> contexts,
        boolean llmEnabled) {

    AssignmentPlan {
        contexts = Set.copyOf(contexts);
    }
}
