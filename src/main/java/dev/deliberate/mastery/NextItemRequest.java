package dev.deliberate.mastery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the policy needs to know to choose the next item.
 *
 * @param assignmentSkills the skills the assignment asks the learner to master, in teaching order
 * @param skills the learner's state per skill id; a missing skill counts as not yet practised
 * @param skillMap the prerequisite graph, which may reach beyond the assignment's skills
 * @param candidates the items that can be generated, for assignment skills and their prerequisites
 * @param now the current time, for reviews that have come due
 * @param detourLength how many items in a row, up to the last one served, were steps back to a
 *                     prerequisite ({@link ChoiceReason#PREREQUISITE_REVIEW}); 0 when the last was not
 */
public record NextItemRequest(List<String> assignmentSkills, Map<String, SkillMastery> skills, SkillMap skillMap,
        List<CandidateItem> candidates, Instant now, int detourLength) {

    /** A request made outside a detour. */
    public NextItemRequest(List<String> assignmentSkills, Map<String, SkillMastery> skills, SkillMap skillMap,
            List<CandidateItem> candidates, Instant now) {
        this(assignmentSkills, skills, skillMap, candidates, now, 0);
    }

    public NextItemRequest {
        assignmentSkills = List.copyOf(assignmentSkills);
        skills = Map.copyOf(skills);
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(skillMap, "skillMap");
        Objects.requireNonNull(now, "now");
        if (detourLength < 0) {
            throw new IllegalArgumentException("detourLength must be >= 0 but was " + detourLength);
        }
        if (assignmentSkills.isEmpty() || candidates.isEmpty()) {
            throw new IllegalArgumentException("an assignment needs at least one skill and one candidate item");
        }
    }
}
