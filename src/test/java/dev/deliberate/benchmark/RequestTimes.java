package dev.deliberate.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every request's time by kind, kept whole (no sampling) so percentiles are exact, with the failures
 * counted; shared by all the threads of a load.
 */
final class RequestTimes implements Learner.Timings {

    /** The figures of one kind of request. */
    record Figures(String kind, int count, int failed, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {
    }

    private final Map<String, long[]> times = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final List<String> firstErrors = new ArrayList<>();
    static final String STEADY = "attempt, after the launches";
    /** Attempts that start from this moment ({@link System#nanoTime()}) are also counted apart. */
    private volatile long steadyFrom = Long.MAX_VALUE;

    /** From {@code nanoTime} on, attempts are also counted as "attempt, after the launches". */
    void steadyFrom(long nanoTime) {
        steadyFrom = nanoTime;
    }

    @Override
    public void record(String kind, long nanos, boolean ok) {
        if (kind.equals("attempt") && System.nanoTime() - nanos >= steadyFrom) {
            add(STEADY, nanos, ok);
        }
        add(kind, nanos, ok);
    }

    private synchronized void add(String kind, long nanos, boolean ok) {
        long[] own = times.computeIfAbsent(kind, k -> new long[1024]);
        int count = counts.getOrDefault(kind, 0);
        if (count == own.length) {
            own = Arrays.copyOf(own, count * 2);
            times.put(kind, own);
        }
        own[count] = nanos;
        counts.put(kind, count + 1);
        if (!ok) {
            failures.merge(kind, 1, Integer::sum);
            if (firstErrors.size() < 10) {
                firstErrors.add(kind);
            }
        }
    }

    synchronized List<Figures> figures() {
        List<Figures> all = new ArrayList<>();
        times.forEach((kind, own) -> {
            long[] sorted = Arrays.copyOf(own, counts.get(kind));
            Arrays.sort(sorted);
            all.add(new Figures(kind, sorted.length, failures.getOrDefault(kind, 0), percentile(sorted, 0.50), percentile(sorted, 0.95),
                    percentile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6));
        });
        return all;
    }

    synchronized int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Every request once: the attempts counted apart are among the attempts already. */
    synchronized int total() {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals(STEADY)).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized int errors() {
        return failures.entrySet().stream().filter(e -> !e.getKey().equals(STEADY)).mapToInt(Map.Entry::getValue).sum();
    }

    synchronized List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
