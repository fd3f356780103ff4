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
 * @param avoidNames  words of the learner's own name: no character in the item may carry one
 * @param modelCourse the course whose assignment lets a language model write wording (its budget
 *                    pays); null when only the engine's own wording may be used
 * @param dueCards    the learner's memory cards that are due, least likely recalled first (subjects
 *                    that {@link PracticeSubject#schedulesCards() schedule cards}; otherwise empty)
 */
public record NextItemSpec(String skillId, int level, Set<String> interests, List<Served> history, long learnerSeed,
        Set<String> contexts, Set<String> avoidNames, Long modelCourse, List<String> dueCards) {

    public NextItemSpec {
        dueCards = dueCards == null ? List.of() : List.copyOf(dueCards);
        interests = Set.copyOf(interests);
        history = List.copyOf(history);
        contexts = Set.copyOf(contexts);
        avoidNames = Set.copyOf(avoidNames);
    }

    /** A request without due cards. */
    public NextItemSpec(String skillId, int level, Set<String> interests, List<Served> history, long learnerSeed,
            Set<String> contexts, Set<String> avoidNames, Long modelCourse) {
        this(skillId, level, interests, history, learnerSeed, contexts, avoidNames, modelCourse, List.of());
    }

    /** A request with no names to avoid. */
    public NextItemSpec(String skillId, int level, Set<String> interests, List<Served> history, long learnerSeed,
            Set<String> contexts) {
        this(skillId, level, interests, history, learnerSeed, contexts, Set.of(), null);
    }

    /** The same request, avoiding the words of the learner's own name. */
    public NextItemSpec avoiding(Set<String> names) {
        return new NextItemSpec(skillId, level, interests, history, learnerSeed, contexts, names, modelCourse, dueCards);
    }

    /** The same request, letting a language model write wording paid by the course ({@code null}: none). */
    public NextItemSpec withModel(Long course) {
        return new NextItemSpec(skillId, level, interests, history, learnerSeed, contexts, avoidNames, course, dueCards);
    }

    /** The same request, with the learner's due cards. */
    public NextItemSpec withDueCards(List<String> cards) {
        return new NextItemSpec(skillId, level, interests, history, learnerSeed, contexts, avoidNames, modelCourse, cards);
    }
}
