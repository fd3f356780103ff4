package dev.deliberate.lti.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.Registration;

/**
 * Platform public keys, cached per registration. A token whose {@code kid} is not in the cache
 * triggers one fetch of the platform's JWKS, at most once per {@code jwks-refetch-min-interval}, so
 * a platform's key rotation is picked up at once while a flood of made-up {@code kid}s cannot make
 * the tool hammer the platform. When a refresh fails, keys already known keep working.
 */
@Component
class PlatformKeySets {

    private static final Logger log = LoggerFactory.getLogger(PlatformKeySets.class);
    private static final int MAX_JWKS_BYTES = 256 * 1024;

    private final HttpClient http;
    private final Clock clock;
    private final LtiProperties properties;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    PlatformKeySets(Clock clock, LtiProperties properties) {
        this.clock = clock;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The platform's signing key with this {@code kid}; refuses with KID_UNKNOWN or JWKS_UNAVAILABLE. */
    JWK find(Registration platform, String kid) {
        Cached cached = fresh(platform);
        JWK key = cached.keys().getKeyByKeyId(kid);
        if (key != null) {
            return usable(key, kid);
        }
        synchronized (lock(platform)) {
            cached = cache.get(platform.id());
            key = cached.keys().getKeyByKeyId(kid);
            if (key != null) {
                return usable(key, kid);
            }
            if (Duration.between(cached.fetchedAt(), clock.instant()).compareTo(properties.jwksRefetchMinInterval()) < 0) {
                throw new LtiLaunchError(ReasonCode.KID_UNKNOWN, "kid " + kid + " not in the JWKS of " + platform.issuer()
                        + " fetched " + cached.fetchedAt() + "; not fetched again before " + properties.jwksRefetchMinInterval());
            }
            cached = refresh(platform, cached);
            key = cached.keys().getKeyByKeyId(kid);
            if (key == null) {
                throw new LtiLaunchError(ReasonCode.KID_UNKNOWN, "kid " + kid + " not in the JWKS at " + platform.jwksUri());
            }
            return usable(key, kid);
        }
    }

    /** Forgets the keys of a registration, e.g. after its JWKS URL changed. */
    void forget(long platformId) {
        cache.remove(platformId);
    }

    private Cached fresh(Registration platform) {
        Cached cached = cache.get(platform.id());
        Instant now = clock.instant();
        if (cached != null && cached.jwksUri().equals(platform.jwksUri())
                && cached.fetchedAt().plus(properties.jwksCacheTtl()).isAfter(now)) {
            return cached;
        }
        synchronized (lock(platform)) {
            Cached again = cache.get(platform.id());
            if (again != null && again != cached) {
                return again;
            }
            return refresh(platform, cached != null && cached.jwksUri().equals(platform.jwksUri()) ? cached : null);
        }
    }

    private Cached refresh(Registration platform, Cached stale) {
        try {
            Cached fetched = new Cached(platform.jwksUri(), fetch(platform.jwksUri()), clock.instant());
            cache.put(platform.id(), fetched);
            return fetched;
        }
        catch (IOException | ParseException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (stale != null) {
                log.warn("JWKS of {} at {} could not be refreshed ({}); keeping the {} keys fetched {}",
                        platform.issuer(), platform.jwksUri(), e.getMessage(), stale.keys().size(), stale.fetchedAt());
                Cached kept = new Cached(stale.jwksUri(), stale.keys(), clock.instant());
                cache.put(platform.id(), kept);
                return kept;
            }
            throw new LtiLaunchError(ReasonCode.JWKS_UNAVAILABLE, "JWKS of " + platform.issuer() + " at "
                    + platform.jwksUri() + " unavailable: " + e.getMessage());
        }
    }

    private JWKSet fetch(String url) throws IOException, InterruptedException, ParseException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.httpTimeout())
                .header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_JWKS_BYTES + 1);
            if (bytes.length > MAX_JWKS_BYTES) {
                throw new IOException("JWKS larger than " + MAX_JWKS_BYTES + " bytes");
            }
            return JWKSet.parse(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static JWK usable(JWK key, String kid) {
        if (key.getKeyUse() != null && key.getKeyUse() != KeyUse.SIGNATURE) {
            throw new LtiLaunchError(ReasonCode.KID_UNKNOWN, "key " + kid + " is not a signing key (use " + key.getKeyUse() + ")");
        }
        return key;
    }

    private Object lock(Registration platform) {
        return locks.computeIfAbsent(platform.id(), id -> new Object());
    }

    private record Cached(String jwksUri, JWKSet keys, Instant fetchedAt) {
    }
}
