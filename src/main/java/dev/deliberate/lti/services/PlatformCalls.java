package dev.deliberate.lti.services;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.platform.PublicAddresses;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.lti.registration.RegistrationProperties;
import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * An authorised call to a platform service: the bearer token for the scopes, only over https (plain
 * http on loopback, or where the operator allows it as for registrations), and on a 401 one more try
 * with a fresh token (the platform may have revoked ours early).
 */
@Component
class PlatformCalls {


    private final PlatformRegistry registry;
    private final AccessTokens tokens;
    private final ServiceHttp http;
    private final boolean allowHttp;
    private final RegistrationProperties registration;

    @Autowired
    PlatformCalls(PlatformRegistry registry, AccessTokens tokens, LtiProperties properties,
            @Value("${deliberate.lti.allow-http-platforms:false}") boolean allowHttp, RegistrationProperties registration) {
        this(registry, tokens, properties, allowHttp, registration, HostLookup.SYSTEM);
    }

    PlatformCalls(PlatformRegistry registry, AccessTokens tokens, LtiProperties properties, boolean allowHttp,
            RegistrationProperties registration, HostLookup lookup) {
        this.registry = registry;
        this.tokens = tokens;
        this.http = new ServiceHttp(properties.httpTimeout(), lookup, registration::mayBePrivate);
        this.allowHttp = allowHttp;
        this.registration = registration;
    }

    ServiceAnswer call(long platformId, Set<String> scopes, String what,
            Function<HttpRequest.Builder, HttpRequest.Builder> request, String url) {
        Registration platform = registry.find(platformId).orElseThrow(() -> new ServiceFailure(Kind.PERMANENT, 0,
                "platform registration " + platformId + " no longer exists", null));
        requireTls(what, url);
        boolean pinned = mustBePublic(platform);
        ServiceAnswer answer = send(authorised(platform, scopes, request, url), pinned, what);
        if (answer.status() == 401) {
            tokens.forget(platform, scopes);
            answer = send(authorised(platform, scopes, request, url), pinned, what);
        }
        if (!answer.ok()) {
            throw answer.failure(what);
        }
        return answer;
    }

    /**
     * A platform that registered itself (Dynamic Registration is open to all comers) also chose the
     * service URLs its launches carry: they must be on public addresses, like its configuration,
     * unless the operator listed the host (checked by the connection's resolver, for the address it
     * connects to) or runs the development switch. The operator's own registrations may point
     * anywhere on the operator's network.
     */
    private boolean mustBePublic(Registration platform) {
        return !allowHttp && platform.source() == PlatformSource.DYNAMIC_REGISTRATION;
    }

    private ServiceAnswer send(HttpRequest request, boolean pinned, String what) {
        return pinned ? http.sendPinned(request, what) : http.send(request);
    }

    /** The access token is a bearer credential for the whole course: it does not cross the network in clear. */
    private void requireTls(String what, String url) {
        URI uri = ServiceUrls.uri(url);
        if (uri.getScheme().equalsIgnoreCase("http") && !allowHttp && !PublicAddresses.isLoopbackName(uri.getHost())) {
            throw new ServiceFailure(Kind.PERMANENT, 0, what + " URL " + ServiceUrls.cut(url) + " is plain http: service calls "
                    + "need https (deliberate.lti.allow-http-platforms allows http for development)", null);
        }
    }

    private HttpRequest authorised(Registration platform, Set<String> scopes,
            Function<HttpRequest.Builder, HttpRequest.Builder> request, String url) {
        return request.apply(http.request(url).header("Authorization", "Bearer " + tokens.token(platform, scopes))).build();
    }
}
