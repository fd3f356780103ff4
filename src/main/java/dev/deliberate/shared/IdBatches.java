package dev.deliberate.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids cut into batches small enough for one {@code IN (…)} list of a statement each. */
public final class IdBatches {

    public static final int SIZE = 500;

    private IdBatches() {
    }

    public static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            batches.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return batches;
    }
}
