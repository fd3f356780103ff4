package dev.deliberate.lti.platform;

import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of a platform registration, as the launch and the admin API read it.
 *
 * @param tokenAudience the {@code aud} the platform expects in client assertions, when not its token endpoint
 * @param frameOrigins  extra origins allowed to frame the tool (e.g. {@code https://*.instructure.com})
 * @param adoptsDeployments whether a launch signed by this platform may add a deployment not known
 *                          yet: set for dynamic registrations whose platform (Canvas) names the
 *                          deployment only when an administrator installs the tool
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
        boolean adoptsDeployments,
        PlatformSource source,
        Instant createdAt,
        Instant updatedAt) {

    public boolean hasDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }

    /** True when a launch may use this deployment: registered, or adoptable from this platform. */
    public boolean acceptsDeployment(String deploymentId) {
        return hasDeployment(deploymentId) || adoptsDeployments;
    }
}
