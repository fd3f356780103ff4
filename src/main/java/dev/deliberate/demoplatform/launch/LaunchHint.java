package dev.deliberate.demoplatform.launch;

/**
 * What a Launch button offers: this person, this message, this link (none for deep linking),
 * through this tool client. The platform's {@code lti_message_hint}, sealed by {@link LaunchHints}.
 */
record LaunchHint(String personId, MessageType messageType, String linkId, String clientId) {

    static LaunchHint resourceLink(String personId, String linkId, String clientId) {
        return new LaunchHint(personId, MessageType.LtiResourceLinkRequest, linkId, clientId);
    }

    static LaunchHint deepLinking(String personId, String clientId) {
        return new LaunchHint(personId, MessageType.LtiDeepLinkingRequest, "", clientId);
    }
}
