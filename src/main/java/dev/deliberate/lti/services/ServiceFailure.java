package dev.deliberate.lti.services;

import java.time.Duration;

/**
 * A service call that did not succeed. {@link Kind#TRANSIENT} ones (5xx, timeouts, throttling)
 * are worth retrying, after {@link #retryAfter()} when the platform said; {@link Kind#PERMANENT}
 * ones (the user cannot be graded, the line item is gone, the request is refused) are not.
 */
public class ServiceFailure extends RuntimeException {

    /** Whether a retry can help. */
    public enum Kind {
        TRANSIENT, PERMANENT
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;

    public ServiceFailure(Kind kind, int status, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    /** The HTTP status, or 0 when no response came (timeout, connection reset). */
    public int status() {
        return status;
    }

    /** How long the platform asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
