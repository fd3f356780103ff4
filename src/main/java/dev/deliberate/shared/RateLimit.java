package dev.deliberate.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * At most {@code permits} uses per key (a remote address, say) in a fixed window that starts with
 * the key's first use. Kept in memory per node: a cluster of n nodes lets through up to n times as
 * many, which is enough to stop a script hammering an endpoint that costs outbound calls or guesses
 * a password. Keys are forgotten when their window ends, and at most {@code maxKeys} are held.
 */
public final class RateLimit {

    private final int permits;
    private final Cache<String, AtomicInteger> windows;

    public RateLimit(int permits, Duration window, Clock clock) {
        this(permits, window, clock, 100_000);
    }

    RateLimit(int permits, Duration window, Clock clock, long maxKeys) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.permits = permits;
        this.windows = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** Counts one use of {@code key}; false once the key has used up its window. */
    public boolean tryAcquire(String key) {
        return windows.get(key, k -> new AtomicInteger()).incrementAndGet() <= permits;
    }

    /** Whether {@code key} has used up its window, without counting a use. */
    public boolean exhausted(String key) {
        AtomicInteger used = windows.getIfPresent(key);
        return used != null && used.get() >= permits;
    }
}
