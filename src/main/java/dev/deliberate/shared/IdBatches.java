package dev.deliberate.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** Runs {@code sql}, whose one named parameter {@code :ids} takes each batch of {@code ids}; the rows changed in all. */
    public static int update(JdbcClient jdbc, String sql, Collection<Long> ids) {
        int changed = 0;
        for (List<Long> batch : of(ids)) {
            changed += jdbc.sql(sql).param("ids", batch).update();
        }
        return changed;
    }
}
