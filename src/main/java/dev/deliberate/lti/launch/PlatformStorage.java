package dev.deliberate.lti.launch;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.shared.Origins;

/**
 * What a page needs to talk to the platform's LTI postMessage storage: the frame to post to
 * ({@code lti_storage_target}), the origin of the platform's authorization endpoint (the only
 * origin messages go to and are accepted from), the key and value, and how long to wait.
 */
record PlatformStorage(String target, String origin, String key, String value, long timeoutMillis) {

    static PlatformStorage of(String target, Registration platform, LoginState state, LtiProperties properties) {
        return new PlatformStorage(target, Origins.of(platform.authorizationEndpoint()), "state_" + state.state(),
                state.state(), properties.storageTimeout().toMillis());
    }
}
