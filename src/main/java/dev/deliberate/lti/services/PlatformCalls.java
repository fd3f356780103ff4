package dev.deliberate.lti.services;

import java.net.http.HttpRequest;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * An authorised call to a platform service: the bearer token for the scopes, and on a 401 one more
 * try with a fresh token (the platform may have revoked ours early).
 */
@Component
class PlatformCalls {

    private final PlatformRegistry registry;
    private final AccessTokens tokens;
    private final ServiceHttp http;

    PlatformCalls(PlatformRegistry registry, AccessTokens tokens, LtiProperties properties) {
        this.registry = registry;
        this.tokens = tokens;
        this.http = new ServiceHttp(properties.httpTimeout());
    }

    ServiceHttp.Answer call(long platformId, Set<String> scopes, String what,
            Function<HttpRequest.Builder, HttpRequest.Builder> request, String url) {
        Registration platform = registry.find(platformId).orElseThrow(() -> new ServiceFailure(Kind.PERMANENT, 0,
                "platform registration " + platformId + " no longer exists", null));
        ServiceHttp.Answer answer = http.send(authorised(platform, scopes, request, url));
        if (answer.status() == 401) {
            tokens.forget(platform, scopes);
            answer = http.send(authorised(platform, scopes, request, url));
        }
        if (!answer.ok()) {
            throw answer.failure(what);
        }
        return answer;
    }

    private HttpRequest authorised(Registration platform, Set<String> scopes,
            Function<HttpRequest.Builder, HttpRequest.Builder> request, String url) {
        return request.apply(http.request(url).header("Authorization", "Bearer " + tokens.token(platform, scopes))).build();
    }
}
