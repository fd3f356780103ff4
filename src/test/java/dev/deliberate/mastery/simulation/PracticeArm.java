package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.SkillMastery;
import java.time.Instant;
import java.util.Map;

/** A way of choosing the items a learner practises: the adaptive policy or a fixed textbook order. */
interface PracticeArm {

    /** The next item, given what the learner model currently believes. */
    Pick next(Map<String, SkillMastery> skills, ItemBank bank, Instant now);

    /** An item to practise, and the label counted in the reason mix. */
    record Pick(String skillId, int level, String label) {
    }
}
