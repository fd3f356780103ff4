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
 * the least recently used of that context and not one of the last {@link #FRESH_WORDINGS} items'
 * (a context whose wordings are all that recent gives way to the next), and the seed is the first
 * whose (equation, wording) pair the learner has not seen and whose character does not carry the
 * learner's own name. Given the last 100 items as history, 100 consecutive items have no repeated
 * pair and use at least five contexts, always at the requested skill and difficulty. The choice
 * is deterministic for the same history, request and learner seed. Only when every context and
 * wording is exhausted (not seen for any skill in practice) does an item repeat.
 */
public final class VarietyPlanner {

    static final int SEED_TRIES = 400;
    /** No wording (framing sentence or story template) comes back within this many items. */
    static final int FRESH_WORDINGS = 10;

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
        return next(history, skill, difficulty, interests, allowed, Set.of(), learnerSeed);
    }

    /**
     * The next item, in {@code allowed} contexts (empty: any), whose character is named none of
     * {@code avoidNames} (the words of the learner's own name; compared ignoring case and accents).
     */
    public MathItem next(List<ServedItem> history, MathSkill skill, Difficulty difficulty, Set<ProblemContext> interests,
                         Set<ProblemContext> allowed, Set<String> avoidNames, long learnerSeed) {
        Set<ItemKey> seen = new HashSet<>();
        history.forEach(served -> seen.add(served.key()));
        Set<String> recent = new HashSet<>();
        history.subList(Math.max(0, history.size() - (FRESH_WORDINGS - 1)), history.size())
                .forEach(served -> recent.add(served.key().wording()));
        PersonNames avoided = new PersonNames(avoidNames);
        List<ProblemContext> contexts = new ContextRotation(history, interests, allowed, learnerSeed).inOrder();
        long seed = seed(learnerSeed, history);
        for (boolean allowRecent : new boolean[] {false, true}) {
            for (ProblemContext context : contexts) {
                for (String wording : wordings(history, skill, difficulty, context, learnerSeed)) {
                    if (!allowRecent && recent.contains(wording)) {
                        continue;
                    }
                    Optional<MathItem> fresh = freshItem(seen, avoided, request(skill, difficulty, context, interests, wording, seed));
                    if (fresh.isPresent()) {
                        return fresh.get();
                    }
                }
            }
        }
        ProblemContext context = contexts.get(0);
        String wording = wordings(history, skill, difficulty, context, learnerSeed).get(0);
        return firstNotNaming(avoided, request(skill, difficulty, context, interests, wording, seed));
    }

    private Optional<MathItem> freshItem(Set<ItemKey> seen, PersonNames avoided, ItemRequest first) {
        for (int attempt = 0; attempt < SEED_TRIES; attempt++) {
            MathItem item = generator.generate(reseeded(first, first.seed() + attempt));
            if (!seen.contains(item.key()) && !avoided.named(item)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private MathItem firstNotNaming(PersonNames avoided, ItemRequest first) {
        MathItem item = generator.generate(first);
        for (int attempt = 1; attempt < SEED_TRIES && avoided.named(item); attempt++) {
            item = generator.generate(reseeded(first, first.seed() + attempt));
        }
        return item;
    }

    private static ItemRequest reseeded(ItemRequest request, long seed) {
        return new ItemRequest(request.skill(), request.difficulty(), request.context(), request.interests(), seed,
                request.wordingKey());
    }

    private List<String> wordings(List<ServedItem> history, MathSkill skill, Difficulty difficulty,
                                  ProblemContext context, long learnerSeed) {
        List<String> keys = generator.wordingKeys(skill, difficulty, context);
        return Rotation.leastRecentFirst(keys, history.stream().map(served -> served.key().wording()).toList(),
                learnerSeed * 31 + context.ordinal());
    }

    private static ItemRequest request(MathSkill skill, Difficulty difficulty, ProblemContext context,
                                       Set<ProblemContext> interests, String wording, long seed) {
        return new ItemRequest(skill, difficulty, Optional.of(context), interests, seed, Optional.of(wording));
    }

    private static long seed(long learnerSeed, List<ServedItem> history) {
        return learnerSeed * 1_000_003L + history.size() * 7_919L;
    }
}
