package dev.deliberate.lti.services;

import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.keys.ToolKeyring;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.lti.registration.RegistrationProperties;
import dev.deliberate.lti.services.ServiceFailure.Kind;
import dev.deliberate.shared.RandomTokens;

/**
 * Access tokens for LTI Advantage services: OAuth 2 client credentials with a client assertion
 * signed by the tool's key (RFC 7523, LTI Security Framework §4.1), cached per (registration,
 * scope set) until a minute before they expire, so a busy gradebook asks once per token lifetime.
 * Token answers are read by content: Moodle's token.php sends JSON as text/html.
 */
@Component
class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    private static final Duration EARLY = Duration.ofSeconds(60);

    private final ToolKeyring keyring;
    private final ServiceHttp http;
    private final boolean allowHttp;
    private final Clock clock;
    private final Cache<Key, Token> tokens;

    @Autowired
    AccessTokens(ToolKeyring keyring, LtiProperties properties, Clock clock, RegistrationProperties registration,
            @Value("${deliberate.lti.allow-http-platforms:false}") boolean allowHttp) {
        this(keyring, properties, clock, registration, allowHttp, HostLookup.SYSTEM);
    }

    AccessTokens(ToolKeyring keyring, LtiProperties properties, Clock clock, RegistrationProperties registration, boolean allowHttp,
            HostLookup lookup) {
        this.keyring = keyring;
        this.allowHttp = allowHttp;
        this.http = new ServiceHttp(properties.httpTimeout(), lookup, registration::mayBePrivate);
        this.clock = clock;
        // expiry on the same clock as the assertions' iat and exp, not on the JVM's own ticker
        this.tokens = Caffeine.newBuilder().maximumSize(10_000).ticker(() -> clock.millis() * 1_000_000L)
                .expireAfter(Expiry.<Key, Token>creating((key, token) -> token.usableFor())).build();
    }

    /** A token for these scopes at this platform, from the cache when one is still good. */
    String token(Registration platform, Set<String> scopes) {
        return tokens.get(new Key(platform.id(), new TreeSet<>(scopes)), key -> request(platform, key.scopes())).value();
    }

    /** Drops a cached token the platform refused (401), so the next call asks for a new one. */
    void forget(Registration platform, Set<String> scopes) {
        tokens.invalidate(new Key(platform.id(), new TreeSet<>(scopes)));
    }

    private Token request(Registration platform, Set<String> scopes) {
        Map<String, String> form = Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion(platform),
                "scope", String.join(" ", scopes));
        HttpRequest request = http.request(platform.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        // a platform that registered itself is held to public addresses here too, pinned as its service calls are
        ServiceAnswer answer = !allowHttp && platform.source() == PlatformSource.DYNAMIC_REGISTRATION
                ? http.sendPinned(request, "token endpoint of " + platform.issuer())
                : http.send(request);
        if (!answer.ok()) {
            throw answer.failure("token endpoint of " + platform.issuer());
        }
        JsonNode body = parse(answer, platform);
        String token = body.path("access_token").asString("");
        if (token.isBlank()) {
            throw new ServiceFailure(Kind.PERMANENT, answer.status(), "token endpoint of " + platform.issuer()
                    + " answered without an access_token", null);
        }
        long expiresIn = body.path("expires_in").asLong(3600);
        log.debug("Access token for {} ({} scopes) valid {} s", platform.issuer(), scopes.size(), expiresIn);
        return new Token(token, Duration.ofSeconds(Math.max(30, expiresIn)).minus(EARLY));
    }

    /** RFC 7523 §3: iss = sub = client_id, aud = the token endpoint (or the audience the platform asks for). */
    private String assertion(Registration platform) {
        RSAKey key = keyring.signingKey();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .subject(platform.clientId())
                .audience(platform.tokenAudience() != null ? platform.tokenAudience() : platform.tokenEndpoint())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(RandomTokens.next())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a client assertion", e);
        }
    }

    /** The answer as a JSON object; when it is not one, a failure that describes it but never shows it (it may hold the token). */
    private static JsonNode parse(ServiceAnswer answer, Registration platform) {
        try {
            JsonNode node = JSON.readTree(answer.body());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        }
        catch (RuntimeException e) {
            String type = answer.headers().firstValue("Content-Type").map(ServiceUrls::cut).orElse("no Content-Type");
            throw new ServiceFailure(Kind.PERMANENT, answer.status(), "token endpoint of " + platform.issuer()
                    + " did not answer JSON: " + answer.status() + ", " + type + ", " + answer.body().length() + " characters", null);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private record Key(long platformId, Set<String> scopes) {
    }

    private record Token(String value, Duration usableFor) {
    }
}
