/**
 * LTI Advantage services as the application calls them: Assignment and Grade Services (line items,
 * scores, results) and Names and Role Provisioning Services (rosters), each call authorised with an
 * access token obtained by a client assertion (RFC 7523) and cached. Failures come back as
 * {@link dev.deliberate.lti.services.ServiceFailure}, transient or permanent, so callers can retry
 * the first kind and report the second.
 */
@org.springframework.modulith.NamedInterface("services")
package dev.deliberate.lti.services;
