package dev.deliberate.mastery;

import java.util.List;
import java.util.Map;

/** The prerequisite graph of a subject's skills: which skills a skill builds on. */
@FunctionalInterface
public interface SkillMap {

    /** The skills that {@code skillId} directly builds on; empty for a foundational skill. */
    List<String> prerequisitesOf(String skillId);

    /** A skill map read from a map of skill id to its direct prerequisites. */
    static SkillMap of(Map<String, List<String>> prerequisites) {
        Map<String, List<String>> copy = Map.copyOf(prerequisites);
        return skillId -> copy.getOrDefault(skillId, List.of());
    }
}
