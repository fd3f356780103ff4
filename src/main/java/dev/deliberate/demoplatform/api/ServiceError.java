package dev.deliberate.demoplatform.api;

import org.springframework.http.HttpStatus;

/** A refusal of a service call, written as {@code {"error", "error_description"}} with its status. */
public final class ServiceError extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private ServiceError(HttpStatus status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    /** No bearer token, or one that is unknown or expired (RFC 6750 3.1). */
    public static ServiceError invalidToken(String description) {
        return new ServiceError(HttpStatus.UNAUTHORIZED, "invalid_token", description);
    }

    /** A valid token without the scope this call needs (RFC 6750 3.1). */
    public static ServiceError insufficientScope(String description) {
        return new ServiceError(HttpStatus.FORBIDDEN, "insufficient_scope", description);
    }

    public static ServiceError notFound(String description) {
        return new ServiceError(HttpStatus.NOT_FOUND, "not_found", description);
    }

    public static ServiceError invalidRequest(String description) {
        return new ServiceError(HttpStatus.BAD_REQUEST, "invalid_request", description);
    }

    /** Well-formed but impossible here, e.g. a score for someone who is not a learner of the course. */
    public static ServiceError unprocessable(String description) {
        return new ServiceError(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", description);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
