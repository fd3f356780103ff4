package dev.deliberate.practice.math.variety;

import dev.deliberate.practice.math.item.ProblemContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The contexts a learner rotates through: their interests, the four general contexts and, when
 * that makes fewer than {@link #MINIMUM}, further themes. Ordered by use in the recent window,
 * where a use of an interest counts half, then by how long ago each was last used.
 */
final class ContextRotation {

    static final int MINIMUM = 6;
    static final int WINDOW = 24;

    private final List<Optional<ProblemContext>> recent;
    private final Set<ProblemContext> interests;
    private final Set<ProblemContext> allowed;
    private final long seed;

    ContextRotation(List<ServedItem> history, Set<ProblemContext> interests, long seed) {
        this(history, interests, Set.of(), seed);
    }

    /** A rotation limited to {@code allowed} contexts (empty: any), as a teacher may ask. */
    ContextRotation(List<ServedItem> history, Set<ProblemContext> interests, Set<ProblemContext> allowed, long seed) {
        List<Optional<ProblemContext>> contexts = history.stream().map(ServedItem::context).toList();
        this.recent = contexts.subList(Math.max(0, contexts.size() - WINDOW), contexts.size());
        this.interests = interests;
        this.allowed = allowed;
        this.seed = seed;
    }

    /** Every context of the pool, the one to use next first. */
    List<ProblemContext> inOrder() {
        List<ProblemContext> pool = Rotation.shuffle(pool(), seed);
        pool.sort(Comparator.comparingDouble(this::weightedUses).thenComparingInt(this::lastUse));
        return pool;
    }

    private List<ProblemContext> pool() {
        if (!allowed.isEmpty()) {
            return new ArrayList<>(EnumSet.copyOf(allowed));
        }
        Set<ProblemContext> pool = EnumSet.noneOf(ProblemContext.class);
        pool.addAll(interests);
        pool.addAll(ProblemContext.general());
        for (ProblemContext theme : ProblemContext.values()) {
            if (pool.size() < MINIMUM) {
                pool.add(theme);
            }
        }
        return new ArrayList<>(pool);
    }

    private double weightedUses(ProblemContext context) {
        long uses = recent.stream().filter(used -> used.equals(Optional.of(context))).count();
        return interests.contains(context) ? uses / 2.0 : uses;
    }

    private int lastUse(ProblemContext context) {
        return recent.lastIndexOf(Optional.of(context));
    }
}
