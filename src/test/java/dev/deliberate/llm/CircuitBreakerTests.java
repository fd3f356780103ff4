package dev.deliberate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.deliberate.testing.TestClock;

class CircuitBreakerTests {

    private final TestClock clock = new TestClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(60), clock);

    @Test
    void threeFailuresInARowOpenItAndNothingIsSentWhileOpen() {
        breaker.failed();
        breaker.failed();
        assertThat(breaker.allows()).isTrue();
        breaker.failed();

        assertThat(breaker.open()).isTrue();
        assertThat(breaker.allows()).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(breaker.allows()).isFalse();
    }

    @Test
    void afterItsPauseOneCallTriesAndItsOutcomeClosesOrReopensIt() {
        for (int i = 0; i < 3; i++) {
            breaker.failed();
        }
        clock.advance(Duration.ofSeconds(61));

        assertThat(breaker.allows()).isTrue();
        assertThat(breaker.allows()).as("only one trial at a time").isFalse();
        breaker.failed();
        assertThat(breaker.allows()).isFalse();
        clock.advance(Duration.ofSeconds(61));
        assertThat(breaker.allows()).isTrue();
        breaker.succeeded();
        assertThat(breaker.open()).isFalse();
        assertThat(breaker.allows()).isTrue();
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded();
        breaker.failed();
        breaker.failed();
        assertThat(breaker.allows()).isTrue();
    }
}
