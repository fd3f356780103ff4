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
 */
public record Curriculum(List<String> skills, Map<String, List<String>> prerequisites, List<String> assignment,
        List<Integer> levels, List<String> interests, List<String> contexts) {

    public Curriculum {
        skills = List.copyOf(skills);
        prerequisites = Map.copyOf(prerequisites);
        assignment = List.copyOf(assignment);
        levels = List.copyOf(levels);
        interests = List.copyOf(interests);
        contexts = List.copyOf(contexts);
    }
}
