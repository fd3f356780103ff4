package dev.deliberate.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.deliberate.testing.TestClock;

class RateLimitTests {

    private final TestClock clock = new TestClock();

    @Test
    void eachKeyGetsItsPermitsPerWindow() {
        RateLimit limit = new RateLimit(2, Duration.ofMinutes(1), clock);

        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.exhausted("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limit.exhausted("10.0.0.1")).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).as("another key has its own window").isTrue();
        assertThat(limit.exhausted("10.0.0.3")).as("a key never seen").isFalse();
    }

    @Test
    void theWindowStartsAtTheFirstUseAndIsNotExtendedByLaterOnes() {
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(1), clock);
        assertThat(limit.tryAcquire("k")).isTrue();
        clock.advance(Duration.ofSeconds(50));
        assertThat(limit.tryAcquire("k")).isFalse();

        clock.advance(Duration.ofSeconds(11));

        assertThat(limit.exhausted("k")).isFalse();
        assertThat(limit.tryAcquire("k")).isTrue();
    }

    @Test
    void atLeastOnePermit() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1), clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
