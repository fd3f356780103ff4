package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Set;

/**
 * What to generate next for one learner.
 *
 * @param skillId     the skill the policy chose
 * @param level       the difficulty level the policy chose
 * @param interests   the learner's interests (context ids)
 * @param history     the learner's served items, oldest first (the last 100 at least)
 * @param learnerSeed a number fixed per learner, so two learners do not get the same sequence
 * @param contexts    the contexts the assignment allows (empty: any)
 */
public record NextItemSpec(String skillId, int level, Set<String> interests, List<Served> history, long learnerSeed,
        Set<String> contexts) {

    public NextItemSpec {
        interests = Set.copyOf(interests);
        history = List.copyOf(history);
        contexts = Set.copyOf(contexts);
    }
}
