package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Map;

/**
 * A subject's skills.
 *
 * @param skills        every skill, prerequisites first (teaching order)
 * @param prerequisites each skill's direct prerequisites
 * @param assignment    the skills an assignment practises when the teacher chose none
 * @param levels        the difficulty levels items come in
 * @param interests     the contexts a learner may pick as interests
 * @param contexts      every context items can be set in (a teacher may allow a few)
 * @param topics        each skill's topic: what a teacher calls the need when a student struggles with
 *                      it (skills that build one habit share a topic, e.g. fraction arithmetic and
 *                      equations with fractions are both "Fractions"); a skill without one is its own
 */
public record Curriculum(List<String> skills, Map<String, List<String>> prerequisites, List<String> assignment,
        List<Integer> levels, List<String> interests, List<String> contexts, Map<String, String> topics) {

    public Curriculum {
        skills = List.copyOf(skills);
        prerequisites = Map.copyOf(prerequisites);
        assignment = List.copyOf(assignment);
        levels = List.copyOf(levels);
        interests = List.copyOf(interests);
        contexts = List.copyOf(contexts);
        topics = Map.copyOf(topics);
    }

    /** The topic a skill belongs to; its own id when the subject names none. */
    public String topicOf(String skillId) {
        return topics.getOrDefault(skillId, skillId);
    }
}
