package dev.deliberate.course;

import java.util.List;

/**
 * What a teacher chose for a practice assignment when adding it through Deep Linking.
 *
 * @param subject            e.g. {@code math}
 * @param skills             the skills to master, in teaching order
 * @param targetScore        the mastery score that completes it, in (0, 1]
 * @param minimumItems       problems to do at least
 * @param contexts           the contexts problems may be set in (empty: all)
 * @param reflectionRequired whether blocks end with a reflection and completion waits for the last one
 * @param llmEnabled         whether the LLM may reword contexts and comment on writing
 */
public record AssignmentSettings(String title, String subject, List<String> skills, double targetScore, int minimumItems,
        List<String> contexts, boolean reflectionRequired, boolean llmEnabled) {

    public AssignmentSettings {
        skills = List.copyOf(skills);
        contexts = List.copyOf(contexts);
    }
}
