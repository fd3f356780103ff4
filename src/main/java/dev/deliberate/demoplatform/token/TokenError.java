package dev.deliberate.demoplatform.token;

import org.springframework.http.HttpStatus;

/** A refusal of the token endpoint, as RFC 6749 section 5.2 spells it. */
final class TokenError extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    private TokenError(String code, HttpStatus status, String description) {
        super(description);
        this.code = code;
        this.status = status;
    }

    /** Client authentication failed: unknown client, or an assertion that is not valid (RFC 7523 section 3.2). */
    static TokenError invalidClient(String description) {
        return new TokenError("invalid_client", HttpStatus.UNAUTHORIZED, description);
    }

    static TokenError invalidRequest(String description) {
        return new TokenError("invalid_request", HttpStatus.BAD_REQUEST, description);
    }

    static TokenError unsupportedGrantType(String description) {
        return new TokenError("unsupported_grant_type", HttpStatus.BAD_REQUEST, description);
    }

    static TokenError invalidScope(String description) {
        return new TokenError("invalid_scope", HttpStatus.BAD_REQUEST, description);
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }
}
