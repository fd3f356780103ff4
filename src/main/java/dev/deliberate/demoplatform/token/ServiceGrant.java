package dev.deliberate.demoplatform.token;

import java.util.Set;

/** What an access token lets its bearer do: act as this tool client within these scopes. */
public record ServiceGrant(String clientId, Set<String> scopes) {

    public ServiceGrant {
        scopes = Set.copyOf(scopes);
    }

    public boolean allowsAny(Set<String> wanted) {
        return wanted.stream().anyMatch(scopes::contains);
    }
}
