package dev.deliberate.demoplatform.api;

import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.token.DemoAccessTokens;
import dev.deliberate.demoplatform.token.ServiceGrant;

/** Checks the bearer token of a service call (RFC 6750 2.1) and the scope the call needs. */
@Component
@Profile("demo")
public class ServiceAccess {

    private static final String BEARER = "bearer ";

    private final DemoAccessTokens tokens;

    ServiceAccess(DemoAccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The grant of the request's token, which must hold at least one of these scopes. */
    public ServiceGrant require(String authorization, String... anyOfScopes) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ServiceError.invalidToken("an Authorization: Bearer <access token> header is required");
        }
        ServiceGrant grant = tokens.find(authorization.substring(BEARER.length()).trim())
                .orElseThrow(() -> ServiceError.invalidToken("the access token is unknown or expired"));
        if (!grant.allowsAny(Set.of(anyOfScopes))) {
            throw ServiceError.insufficientScope("this call needs one of the scopes " + String.join(" ", anyOfScopes));
        }
        return grant;
    }
}
