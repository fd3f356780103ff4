/**
 * A real LTI 1.3 platform built into the tool, for trying it without an LMS and for end-to-end
 * tests: its own issuer and keys, an OIDC authorization endpoint that signs id_tokens, a JWKS, a
 * seeded course, and the LMS side of postMessage storage. It speaks to the tool only over HTTP,
 * exactly as Canvas or Moodle would. Active only under the {@code demo} profile, never with
 * {@code mysql}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.deliberate.demoplatform;
