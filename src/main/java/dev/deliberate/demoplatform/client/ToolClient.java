package dev.deliberate.demoplatform.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool the demo platform knows: the configured one (Deliberate itself) or one registered through
 * LTI Dynamic Registration. Keyed by the client_id the platform gave it.
 *
 * @param deepLinkingUri where deep linking requests go, or null to use {@code targetLinkUri}
 * @param scopes         the LTI Advantage scopes the tool may be granted
 * @param custom         custom parameters sent with every launch of this tool
 * @param createdAt      when it registered, null for the configured client
 */
public record ToolClient(String clientId, String deploymentId, String name, String initiateLoginUri,
        List<String> redirectUris, String jwksUri, String targetLinkUri, String deepLinkingUri, Set<String> scopes,
        Map<String, String> custom, Instant createdAt) {

    public ToolClient {
        redirectUris = List.copyOf(redirectUris);
        scopes = Set.copyOf(scopes);
        custom = Map.copyOf(custom);
    }

    public boolean configured() {
        return createdAt == null;
    }

    public String deepLinkingTarget() {
        return deepLinkingUri == null ? targetLinkUri : deepLinkingUri;
    }

    public List<String> sortedScopes() {
        return scopes.stream().sorted().toList();
    }

    public boolean allows(String scope) {
        return scopes.contains(scope);
    }
}
