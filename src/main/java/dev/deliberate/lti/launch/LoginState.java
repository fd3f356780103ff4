package dev.deliberate.lti.launch;

import java.time.Instant;

/**
 * What the tool remembers between login initiation and launch: the state and nonce it sent and
 * the request it answered, so that the launch can be checked against them, and the correlation id
 * the launch logs under.
 */
record LoginState(
        String state,
        String nonce,
        long platformId,
        String targetLinkUri,
        String loginHint,
        String ltiMessageHint,
        String deploymentHint,
        String storageTarget,
        Instant createdAt,
        Instant expiresAt,
        Instant consumedAt,
        String correlationId) {

    boolean consumed() {
        return consumedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** The cookie that binds this state to the browser that started the login. */
    String cookieName() {
        return "lti_state_" + state;
    }
}
