/**
 * The operator's admin API as every module serves it: the {@link dev.deliberate.lti.web.AdminApi}
 * marker that makes a controller's errors RFC 9457 problem documents, its refusals
 * ({@link dev.deliberate.lti.web.AdminApiException}), and the Basic-authenticated security of
 * {@code /admin/**}.
 */
@org.springframework.modulith.NamedInterface("web")
package dev.deliberate.lti.web;
