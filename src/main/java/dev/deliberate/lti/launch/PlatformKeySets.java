package dev.deliberate.lti.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.CheckedResolver;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformHttpClients;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.lti.registration.RegistrationProperties;

/**
 * Platform public keys, cached per registration. A token whose {@code kid} is not in the cache
 * triggers one fetch of the platform's JWKS, at most once per {@code jwks-refetch-min-interval}, so
 * a platform's key rotation is picked up at once while a flood of made-up {@code kid}s cannot make
 * the tool hammer the platform. When a refresh fails, keys already known keep working. The JWKS of
 * a platform that registered itself is fetched only from a public address, checked by the
 * connection's own DNS lookup ({@link CheckedResolver}).
 */
@Component
class PlatformKeySets {

    private static final Logger log = LoggerFactory.getLogger(PlatformKeySets.class);
    private static final int MAX_JWKS_BYTES = 256 * 1024;

    private final CloseableHttpClient trusted;
    private final CloseableHttpClient checked;
    private final boolean allowHttp;
    private final Clock clock;
    private final LtiProperties properties;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    @Autowired
    PlatformKeySets(Clock clock, LtiProperties properties, RegistrationProperties registration,
            @Value("${deliberate.lti.allow-http-platforms:false}") boolean allowHttp) {
        this(clock, properties, registration, allowHttp, HostLookup.SYSTEM);
    }

    PlatformKeySets(Clock clock, LtiProperties properties, RegistrationProperties registration, boolean allowHttp, HostLookup lookup) {
        this.clock = clock;
        this.properties = properties;
        this.allowHttp = allowHttp;
        this.trusted = PlatformHttpClients.create(properties.httpTimeout(), new CheckedResolver(lookup, host -> true));
        this.checked = PlatformHttpClients.create(properties.httpTimeout(), new CheckedResolver(lookup, registration::mayBePrivate));
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
            Cached fetched = new Cached(platform.jwksUri(), fetch(platform), clock.instant());
            cache.put(platform.id(), fetched);
            return fetched;
        }
        catch (IOException | ParseException | IllegalArgumentException e) {
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

    private JWKSet fetch(Registration platform) throws IOException, ParseException {
        // the operator's own registrations may point anywhere on the operator's network
        boolean selfRegistered = !allowHttp && platform.source() == PlatformSource.DYNAMIC_REGISTRATION;
        HttpGet request = new HttpGet(platform.jwksUri());
        request.setHeader("Accept", "application/json");
        String body = (selfRegistered ? checked : trusted).execute(request, response -> {
            if (response.getCode() != 200 || response.getEntity() == null) {
                throw new IOException("HTTP " + response.getCode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                byte[] bytes = in.readNBytes(MAX_JWKS_BYTES + 1);
                if (bytes.length > MAX_JWKS_BYTES) {
                    throw new IOException("JWKS larger than " + MAX_JWKS_BYTES + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        });
        return JWKSet.parse(body);
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
