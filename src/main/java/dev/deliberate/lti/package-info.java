/**
 * The LTI 1.3 protocol and nothing above it: platform registrations and deployments, tool keys
 * and JWKS, OIDC login initiation, id_token validation and the launch. A validated launch is handed
 * to the application through {@link dev.deliberate.lti.LaunchHandler}; this module knows nothing of
 * courses or practice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.deliberate.lti;
