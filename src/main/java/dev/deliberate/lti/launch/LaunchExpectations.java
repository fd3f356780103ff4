package dev.deliberate.lti.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import dev.deliberate.lti.platform.Registration;

/**
 * What a launch's claims are checked against: the registration and login state it belongs to,
 * the time, and this tool's own origin.
 *
 * @param nonceUsed tells whether a nonce belongs to a login already used
 */
record LaunchExpectations(
        Registration platform,
        LoginState state,
        Instant now,
        Duration clockSkew,
        String toolOrigin,
        Predicate<String> nonceUsed) {
}
