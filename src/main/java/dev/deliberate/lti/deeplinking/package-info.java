/**
 * Deep Linking 2.0, the tool's side: a stored request per {@code LtiDeepLinkingRequest}, and the
 * signed {@code LtiDeepLinkingResponse} that answers it once the teacher has chosen.
 */
@org.springframework.modulith.NamedInterface("deeplinking")
package dev.deliberate.lti.deeplinking;
