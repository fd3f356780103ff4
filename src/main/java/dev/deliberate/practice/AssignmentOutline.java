package dev.deliberate.practice;

import java.util.List;
import java.util.Map;

/**
 * What an assignment practises, as the teacher's view needs it.
 *
 * @param subject      e.g. {@code math}; its messages name skills ({@code <subject>.skill.<id>}) and topics
 * @param skills       the assignment's skills, in teaching order
 * @param reachable    those skills and every prerequisite practice may route a student down to, in teaching order
 * @param prerequisites each skill's direct prerequisites
 * @param topics       each reachable skill's topic (see {@link dev.deliberate.practice.spi.Curriculum#topics()})
 * @param targetScore  the mastery score that completes the assignment
 * @param minimumItems the problems to do at least
 */
public record AssignmentOutline(String subject, List<String> skills, List<String> reachable, Map<String, List<String>> prerequisites,
        Map<String, String> topics, double targetScore, int minimumItems) {

    public AssignmentOutline {
        skills = List.copyOf(skills);
        reachable = List.copyOf(reachable);
        prerequisites = Map.copyOf(prerequisites);
        topics = Map.copyOf(topics);
    }

    /** The topic of a skill; the skill itself when it has none. */
    public String topicOf(String skillId) {
        return topics.getOrDefault(skillId, skillId);
    }
}
