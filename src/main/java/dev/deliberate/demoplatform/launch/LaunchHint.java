package dev.deliberate.demoplatform.launch;

import dev.deliberate.shared.RandomTokens;

/**
 * What a Launch button offers: this person, this message, this link (none for deep linking),
 * through this tool client, as the launch numbered {@code launchId} (new on every page view, as
 * Moodle's). The platform's {@code lti_message_hint}, sealed by {@link LaunchHints}.
 */
record LaunchHint(String personId, MessageType messageType, String linkId, String clientId, String launchId) {

    static LaunchHint resourceLink(String personId, String linkId, String clientId) {
        return new LaunchHint(personId, MessageType.LtiResourceLinkRequest, linkId, clientId, RandomTokens.bytes(12));
    }

    static LaunchHint deepLinking(String personId, String clientId) {
        return new LaunchHint(personId, MessageType.LtiDeepLinkingRequest, "", clientId, RandomTokens.bytes(12));
    }
}
