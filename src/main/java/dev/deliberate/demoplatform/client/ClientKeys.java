package dev.deliberate.demoplatform.client;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

/**
 * Each tool client's public keys, fetched over HTTP from its {@code jwks_uri} and cached per client.
 * A {@code kid} not in the cached set makes one more fetch (at most one per 10 s per client), so a
 * tool's key rotation is seen at once and made-up kids cannot make the platform hammer the tool.
 */
@Component
@Profile("demo")
class ClientKeys {

    private static final int TIMEOUT_MS = 5_000;
    private static final int MAX_JWKS_BYTES = 256 * 1024;
    private static final Duration TIME_TO_LIVE = Duration.ofHours(1);
    private static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(10);

    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    /** The client's signing key with this kid, if its JWKS has one; throws when the JWKS cannot be read. */
    Optional<JWK> find(ToolClient client, String kid) throws KeySourceException {
        JWKSelector selector = new JWKSelector(new JWKMatcher.Builder().keyID(kid)
                .keyUses(KeyUse.SIGNATURE, null).build());
        try {
            List<JWK> keys = source(client).get(selector, null);
            return keys.stream().findFirst();
        }
        catch (RateLimitReachedException e) {
            return Optional.empty();
        }
    }

    private JWKSource<SecurityContext> source(ToolClient client) {
        Source source = sources.compute(client.clientId(),
                (id, known) -> known != null && known.jwksUri().equals(client.jwksUri()) ? known : build(client.jwksUri()));
        return source.keys();
    }

    private static Source build(String jwksUri) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUri).toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, MAX_JWKS_BYTES))
                    .cache(TIME_TO_LIVE.toMillis(), TIMEOUT_MS)
                    .refreshAheadCache(false)
                    .rateLimited(MIN_REFETCH_INTERVAL.toMillis())
                    .retrying(false)
                    .outageTolerant(false)
                    .build();
            return new Source(jwksUri, keys);
        }
        catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("The client's jwks_uri is not a URL: " + jwksUri, e);
        }
    }

    private record Source(String jwksUri, JWKSource<SecurityContext> keys) {
    }
}
