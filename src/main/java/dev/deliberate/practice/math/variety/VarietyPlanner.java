package dev.deliberate.practice.math.variety;

import dev.deliberate.practice.math.item.Difficulty;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemKey;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.item.ProblemContext;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the next item for one learner so that practice never repeats itself: the context is the
 * least used lately (interests count half, so they come up about twice as often), the wording is
 * the least recently used of that context, and the seed is the first whose (equation, wording)
 * pair the learner has not seen. Given the last 100 items as history, 100 consecutive items have
 * no repeated pair and use at least five contexts, always at the requested skill and difficulty.
 * The choice is deterministic for the same history, request and learner seed. Only when every
 * context and wording is exhausted (not seen for any skill in practice) does an item repeat.
 */
public final class VarietyPlanner {

    static final int SEED_TRIES = 400;

    private final ItemGenerator generator;

    public VarietyPlanner(ItemGenerator generator) {
        this.generator = generator;
    }

    /**
     * The next item for a learner.
     *
     * @param history     items served to this learner, oldest first (at least the last 100)
     * @param learnerSeed a number fixed per learner, so two learners do not get the same sequence
     */
    public MathItem next(List<ServedItem> history, MathSkill skill, Difficulty difficulty,
                         Set<ProblemContext> interests, long learnerSeed) {
        return next(history, skill, difficulty, interests, Set.of(), learnerSeed);
    }

    /**
     * The next item, set only in {@code allowed} contexts when a teacher limited them (empty: any).
     * With fewer than five contexts allowed, the five-context variety rule cannot hold.
     */
    public MathItem next(List<ServedItem> history, MathSkill skill, Difficulty difficulty,
                         Set<ProblemContext> interests, Set<ProblemContext> allowed, long learnerSeed) {
        Set<ItemKey> seen = new HashSet<>();
        history.forEach(served -> seen.add(served.key()));
        List<ProblemContext> contexts = new ContextRotation(history, interests, allowed, learnerSeed).inOrder();
        long seed = seed(learnerSeed, history);
        for (ProblemContext context : contexts) {
            for (String wording : wordings(history, skill, difficulty, context, learnerSeed)) {
                Optional<MathItem> fresh = freshItem(seen, skill, difficulty, context, interests, wording, seed);
                if (fresh.isPresent()) {
                    return fresh.get();
                }
            }
        }
        ProblemContext context = contexts.get(0);
        String wording = wordings(history, skill, difficulty, context, learnerSeed).get(0);
        return generator.generate(request(skill, difficulty, context, interests, wording, seed));
    }

    private Optional<MathItem> freshItem(Set<ItemKey> seen, MathSkill skill, Difficulty difficulty, ProblemContext context,
                                         Set<ProblemContext> interests, String wording, long firstSeed) {
        for (int attempt = 0; attempt < SEED_TRIES; attempt++) {
            MathItem item = generator.generate(request(skill, difficulty, context, interests, wording, firstSeed + attempt));
            if (!seen.contains(item.key())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private List<String> wordings(List<ServedItem> history, MathSkill skill, Difficulty difficulty,
                                  ProblemContext context, long learnerSeed) {
        List<String> keys = generator.wordingKeys(skill, difficulty, context);
        return Rotation.leastRecentFirst(keys, history.stream().map(served -> served.key().wording()).toList(), learnerSeed);
    }

    private static ItemRequest request(MathSkill skill, Difficulty difficulty, ProblemContext context,
                                       Set<ProblemContext> interests, String wording, long seed) {
        return new ItemRequest(skill, difficulty, Optional.of(context), interests, seed, Optional.of(wording));
    }

    private static long seed(long learnerSeed, List<ServedItem> history) {
        return learnerSeed * 1_000_003L + history.size() * 7_919L;
    }
}
