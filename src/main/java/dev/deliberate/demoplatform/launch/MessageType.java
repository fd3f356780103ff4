package dev.deliberate.demoplatform.launch;

/** The LTI messages the demo platform sends (LTI 1.3 core, Deep Linking 2.0). */
enum MessageType {
    LtiResourceLinkRequest, LtiDeepLinkingRequest
}
