package dev.deliberate.lti.platform;

import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of a platform registration, as the launch and the admin API read it.
 *
 * @param tokenAudience the {@code aud} the platform expects in client assertions, when not its token endpoint
 * @param frameOrigins  extra origins allowed to frame the tool (e.g. {@code https://*.instructure.com})
 */
public record Registration(
        long id,
        String name,
        String issuer,
        String clientId,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        String tokenAudience,
        List<String> frameOrigins,
        List<String> deploymentIds,
        PlatformSource source,
        Instant createdAt,
        Instant updatedAt) {

    public boolean hasDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }
}
