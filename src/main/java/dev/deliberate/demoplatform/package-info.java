/**
 * A real LTI 1.3 / LTI Advantage platform built into the tool, for trying it without an LMS and for
 * end-to-end tests: its own issuer and keys, a seeded course with links and line items, an OIDC
 * authorization endpoint that signs resource link and deep linking requests, the LMS side of
 * postMessage storage, a token endpoint for client assertions, Assignment and Grade Services,
 * Names and Role Provisioning Services, the deep linking return URL, and Dynamic Registration.
 * It speaks to the tool only over HTTP, exactly as Canvas or Moodle would. Active only under the
 * {@code demo} profile, never with {@code mysql}.
 *
 * <p>Features: {@code course} (roster, links, line items, roster changes), {@code client} (tool
 * clients and their keys), {@code launch} (course page, authorization, id_tokens), {@code token}
 * (token endpoint, access tokens), {@code api} (bearer checks, paging, JSON errors), {@code ags},
 * {@code nrps}, {@code gradebook} (scores and the gradebook page), {@code deeplinking},
 * {@code registration}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.deliberate.demoplatform;
