package dev.deliberate.mastery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an assignment asks the learner to master and how the subject's skills build on each other.
 *
 * @param skills        the assignment's skills, in teaching order
 * @param prerequisites each skill of the subject with its direct prerequisites
 * @param levels        the difficulty levels the subject generates
 * @param completion    when the assignment counts as completed
 */
public record AssignmentSkills(List<String> skills, Map<String, List<String>> prerequisites, List<Integer> levels,
        Completion completion) {

    public AssignmentSkills {
        skills = List.copyOf(skills);
        prerequisites = Map.copyOf(prerequisites);
        levels = List.copyOf(levels);
        if (skills.isEmpty() || levels.isEmpty()) {
            throw new IllegalArgumentException("an assignment needs skills and levels");
        }
    }

    /** The assignment's skills and every skill they build on, which the policy may route down to. */
    public List<String> reachableSkills() {
        Set<String> reachable = new LinkedHashSet<>();
        List<String> open = new ArrayList<>(skills);
        while (!open.isEmpty()) {
            String skill = open.remove(0);
            if (reachable.add(skill)) {
                open.addAll(prerequisites.getOrDefault(skill, List.of()));
            }
        }
        return List.copyOf(reachable);
    }

    public SkillMap skillMap() {
        return SkillMap.of(prerequisites);
    }
}
