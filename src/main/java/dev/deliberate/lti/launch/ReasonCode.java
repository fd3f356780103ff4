package dev.deliberate.lti.launch;

import org.springframework.http.HttpStatus;

/**
 * Why a login initiation or a launch was refused. Each code is logged, shown on the error page and
 * documented in docs/lti.md; the category says what the person in front of it can do.
 */
public enum ReasonCode {
    // 1. Login initiation (OIDC third-party initiated login)
    LOGIN_ISS_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    LOGIN_HINT_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    LOGIN_TARGET_LINK_URI_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    LOGIN_TARGET_LINK_URI_FOREIGN(HttpStatus.BAD_REQUEST, Category.CONFIGURATION),
    LOGIN_PARAMETER_TOO_LONG(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    PLATFORM_UNKNOWN(HttpStatus.FORBIDDEN, Category.CONFIGURATION),
    PLATFORM_AMBIGUOUS(HttpStatus.BAD_REQUEST, Category.CONFIGURATION),
    LOGIN_DEPLOYMENT_UNKNOWN(HttpStatus.FORBIDDEN, Category.CONFIGURATION),

    // 2. The authentication response: form parameters and the state it must come back with
    ID_TOKEN_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    STATE_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    STATE_UNKNOWN(HttpStatus.BAD_REQUEST, Category.RELAUNCH),
    STATE_EXPIRED(HttpStatus.BAD_REQUEST, Category.RELAUNCH),
    STATE_REPLAYED(HttpStatus.BAD_REQUEST, Category.SECURITY),
    STATE_NOT_BOUND(HttpStatus.BAD_REQUEST, Category.BROWSER),
    STATE_STORAGE_MISMATCH(HttpStatus.BAD_REQUEST, Category.SECURITY),

    // 3. The id_token as a JWS
    TOKEN_TOO_LARGE(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    TOKEN_MALFORMED(HttpStatus.BAD_REQUEST, Category.SECURITY),
    TOKEN_NOT_JSON(HttpStatus.BAD_REQUEST, Category.SECURITY),
    TOKEN_ENCRYPTED(HttpStatus.BAD_REQUEST, Category.CONFIGURATION),
    TOKEN_DUPLICATE_MEMBER(HttpStatus.BAD_REQUEST, Category.SECURITY),
    ALG_NONE(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    ALG_NOT_ALLOWED(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    ALG_KEY_MISMATCH(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    CRIT_UNSUPPORTED(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    TYP_NOT_JWT(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    HEADER_KEY_FOREIGN(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    KEY_TOO_WEAK(HttpStatus.UNAUTHORIZED, Category.CONFIGURATION),
    KID_MISSING(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    KID_UNKNOWN(HttpStatus.UNAUTHORIZED, Category.CONFIGURATION),
    JWKS_UNAVAILABLE(HttpStatus.BAD_GATEWAY, Category.PLATFORM_DOWN),
    SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED, Category.SECURITY),

    // 4. The id_token's claims
    ISS_MISSING(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    ISS_MISMATCH(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    AUD_MISSING(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    AUD_MISMATCH(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    AZP_MISSING(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    AZP_MISMATCH(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    EXP_MISSING(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    TOKEN_EXPIRED(HttpStatus.UNAUTHORIZED, Category.RELAUNCH),
    IAT_MISSING(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    IAT_IN_FUTURE(HttpStatus.UNAUTHORIZED, Category.CONFIGURATION),
    NBF_IN_FUTURE(HttpStatus.UNAUTHORIZED, Category.CONFIGURATION),
    NONCE_MISSING(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    NONCE_MISMATCH(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    NONCE_REPLAYED(HttpStatus.UNAUTHORIZED, Category.SECURITY),
    NOT_LTI_MESSAGE(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    VERSION_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    VERSION_UNSUPPORTED(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    MESSAGE_TYPE_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    MESSAGE_TYPE_UNSUPPORTED(HttpStatus.BAD_REQUEST, Category.UNSUPPORTED),
    DEPLOYMENT_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    DEPLOYMENT_UNKNOWN(HttpStatus.FORBIDDEN, Category.CONFIGURATION),
    SUB_MISSING(HttpStatus.BAD_REQUEST, Category.UNSUPPORTED),
    ROLES_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    ROLE_NOT_SUPPORTED(HttpStatus.FORBIDDEN, Category.UNSUPPORTED),
    RESOURCE_LINK_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    TARGET_LINK_URI_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    TARGET_LINK_URI_MISMATCH(HttpStatus.BAD_REQUEST, Category.SECURITY),
    CONTEXT_MISSING(HttpStatus.BAD_REQUEST, Category.UNSUPPORTED),
    DEEP_LINKING_SETTINGS_MISSING(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST),
    DEEP_LINKING_TYPE_UNSUPPORTED(HttpStatus.BAD_REQUEST, Category.UNSUPPORTED),
    CLAIM_MALFORMED(HttpStatus.BAD_REQUEST, Category.PLATFORM_REQUEST);

    private final HttpStatus status;
    private final Category category;

    ReasonCode(HttpStatus status, Category category) {
        this.status = status;
        this.category = category;
    }

    public HttpStatus status() {
        return status;
    }

    public Category category() {
        return category;
    }

    /** What the reader of the error page can do about it. */
    public enum Category {
        /** Open the assignment again from the course. */
        RELAUNCH,
        /** The browser blocked what the launch needs; open in a new window. */
        BROWSER,
        /** The LMS administrator must fix the registration. */
        CONFIGURATION,
        /** The LMS sent an incomplete or invalid request. */
        PLATFORM_REQUEST,
        /** The request failed a security check. */
        SECURITY,
        /** The LMS could not be reached; try again shortly. */
        PLATFORM_DOWN,
        /** The tool does not support this kind of launch or user. */
        UNSUPPORTED
    }
}
