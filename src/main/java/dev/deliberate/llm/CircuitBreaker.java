package dev.deliberate.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a model that keeps failing: after {@code failuresToOpen} failures in a row it opens
 * for {@code openFor}, during which nothing is sent; then one call may try (half open), and its
 * outcome closes or reopens it. Failures include answers that could not be used.
 */
final class CircuitBreaker {

    private final int failuresToOpen;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openUntil = Instant.MIN;
    private boolean trying;

    CircuitBreaker(int failuresToOpen, Duration openFor, Clock clock) {
        this.failuresToOpen = failuresToOpen;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now; in the half-open state only one at a time. */
    synchronized boolean allows() {
        if (failures < failuresToOpen) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trying) {
            return false;
        }
        trying = true;
        return true;
    }

    synchronized void succeeded() {
        failures = 0;
        trying = false;
    }

    synchronized void failed() {
        failures++;
        trying = false;
        if (failures >= failuresToOpen) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    synchronized boolean open() {
        return failures >= failuresToOpen && clock.instant().isBefore(openUntil);
    }
}
