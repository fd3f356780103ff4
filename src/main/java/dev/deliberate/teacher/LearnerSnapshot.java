package dev.deliberate.teacher;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.mastery.SkillState;

/**
 * What the grouping knows of one student: how much of the assignment they answered, and the
 * learner model's state of each skill practised with its misconception counts.
 *
 * @param answers answers given in this assignment (0: not started, whatever other assignments hold)
 */
record LearnerSnapshot(long membershipId, int answers, Map<String, SkillState> skills, List<MisconceptionCount> misconceptions) {

    LearnerSnapshot {
        skills = Map.copyOf(skills);
        misconceptions = List.copyOf(misconceptions);
    }

    static LearnerSnapshot of(long membershipId, int answers, List<SkillState> skills, List<MisconceptionCount> misconceptions) {
        return new LearnerSnapshot(membershipId, answers,
                skills.stream().collect(Collectors.toMap(SkillState::skillId, Function.identity())), misconceptions);
    }

    Optional<SkillState> skill(String skillId) {
        return Optional.ofNullable(skills.get(skillId));
    }

    /** The misconception shown most often on a skill, if any was shown twice or more. */
    Optional<MisconceptionCount> habitOn(String skillId) {
        return misconceptions.stream().filter(m -> m.skillId().equals(skillId) && m.occurrences() >= 2)
                .max(java.util.Comparator.comparingInt(MisconceptionCount::occurrences));
    }
}
