package dev.deliberate.lti.services;

import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.deliberate.lti.LtiProperties;
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

    PlatformCalls(PlatformRegistry registry, AccessTokens tokens, LtiProperties properties,
            @Value("${deliberate.lti.allow-http-platforms:false}") boolean allowHttp, RegistrationProperties registration) {
        this.registry = registry;
        this.tokens = tokens;
        this.http = new ServiceHttp(properties.httpTimeout());
        this.allowHttp = allowHttp;
        this.registration = registration;
    }

    ServiceAnswer call(long platformId, Set<String> scopes, String what,
            Function<HttpRequest.Builder, HttpRequest.Builder> request, String url) {
        Registration platform = registry.find(platformId).orElseThrow(() -> new ServiceFailure(Kind.PERMANENT, 0,
                "platform registration " + platformId + " no longer exists", null));
        requireTls(what, url);
        requirePublic(platform, what, url);
        ServiceAnswer answer = http.send(authorised(platform, scopes, request, url));
        if (answer.status() == 401) {
            tokens.forget(platform, scopes);
            answer = http.send(authorised(platform, scopes, request, url));
        }
        if (!answer.ok()) {
            throw answer.failure(what);
        }
        return answer;
    }

    /**
     * A platform that registered itself (Dynamic Registration is open to all comers) also chose the
     * service URLs its launches carry: they must be on public addresses, like its configuration,
     * unless the operator listed the host or runs the development switch. The operator's own
     * registrations may point anywhere on the operator's network.
     */
    private void requirePublic(Registration platform, String what, String url) {
        URI uri = ServiceUrls.uri(url);
        if (allowHttp || platform.source() != PlatformSource.DYNAMIC_REGISTRATION || registration.mayBePrivate(uri.getHost())) {
            return;
        }
        Optional<String> nonPublic;
        try {
            nonPublic = PublicAddresses.firstNonPublic(uri.getHost());
        }
        catch (UnknownHostException e) {
            return; // the call itself fails, and is retried, like any host that does not answer
        }
        nonPublic.ifPresent(address -> {
            throw new ServiceFailure(Kind.PERMANENT, 0, what + " URL " + ServiceUrls.cut(url) + " is on the private address "
                    + address + ", which a self-registered platform may not use (deliberate.lti.registration.private-hosts)", null);
        });
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
