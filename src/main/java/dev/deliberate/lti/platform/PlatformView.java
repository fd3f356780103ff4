package dev.deliberate.lti.platform;

import java.time.Instant;
import java.util.List;

/**
 * A registration as the admin API returns it, with the tool's own URLs to paste into the LMS.
 */
record PlatformView(
        long id,
        String name,
        String issuer,
        String clientId,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        String tokenAudience,
        List<String> frameOrigins,
        List<String> deployments,
        String source,
        Instant createdAt,
        Instant updatedAt,
        ToolEndpoints tool) {

    record ToolEndpoints(String loginUrl, String redirectUrl, String jwksUrl, String targetLinkUri) {
    }
}
