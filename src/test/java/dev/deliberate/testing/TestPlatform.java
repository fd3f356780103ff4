package dev.deliberate.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.platform.PlatformSettings;

/**
 * A test LMS: its own issuer, client_id and deployments, RSA keys published as a JWKS by WireMock
 * on 127.0.0.1, and id_tokens signed for real with Nimbus. Nothing in the tool is bypassed.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private final WireMockServer server;
    private final String issuer;
    private final String clientId;
    private final List<String> deployments;
    private final Clock clock;
    private RSAKey key;
    private final List<JWK> published = new ArrayList<>();

    public TestPlatform(String issuer, String clientId, List<String> deployments, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.deployments = List.copyOf(deployments);
        this.clock = clock;
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        this.server.start();
        this.key = newKey();
        this.published.add(key.toPublicJWK());
        publish();
    }

    /** A platform with a unique issuer on https, and one deployment. */
    public static TestPlatform create(Clock clock) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return new TestPlatform("https://lms-" + id + ".example.edu", "client-" + id, List.of("deployment-" + id), clock);
    }

    public PlatformSettings settings() {
        return new PlatformSettings("Test LMS " + issuer, issuer, clientId, issuer + "/auth", issuer + "/token",
                jwksUri(), null, List.of(), deployments);
    }

    /**
     * Settings whose token endpoint is served by this platform's WireMock (at {@code /token}), for
     * tests of the LTI Advantage services; stub it and the service endpoints on {@link #server()}.
     */
    public PlatformSettings settingsWithServices() {
        return new PlatformSettings("Test LMS " + issuer, issuer, clientId, issuer + "/auth", url("/token"),
                jwksUri(), null, List.of(), deployments);
    }

    /** An absolute URL on this platform's WireMock. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public WireMockServer server() {
        return server;
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.port() + "/jwks";
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String deployment() {
        return deployments.get(0);
    }

    public RSAKey key() {
        return key;
    }

    /** Switches to a new signing key; the old one stays published only if {@code keepOld}. */
    public RSAKey rotate(boolean keepOld) {
        key = newKey();
        if (!keepOld) {
            published.clear();
        }
        published.add(key.toPublicJWK());
        publish();
        return key;
    }

    /** Adds a key to the JWKS without signing with it (e.g. an EC key under its own kid). */
    public void alsoPublish(JWK extra) {
        published.add(extra.toPublicJWK());
        publish();
    }

    public int jwksFetches() {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo("/jwks")).build()).getCount();
    }

    public void failJwks() {
        server.stubFor(get("/jwks").willReturn(aResponse().withStatus(500)));
    }

    /** The third-party login initiation this platform sends to the tool at {@code toolBaseUrl}. */
    public Map<String, String> loginParameters(String toolBaseUrl) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", issuer);
        params.put("login_hint", "hint");
        params.put("target_link_uri", toolBaseUrl + "/lti/launch");
        params.put("client_id", clientId);
        params.put("lti_deployment_id", deployment());
        return params;
    }

    /** The claims of a valid student launch answering {@code nonce}. */
    public JWTClaimsSet.Builder launchClaims(String nonce, String targetLinkUri) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(clientId)
                .subject("user-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", nonce)
                .claim("name", "Ada Lovelace")
                .claim("given_name", "Ada")
                .claim("family_name", "Lovelace")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", deployment())
                .claim(LTI + "target_link_uri", targetLinkUri)
                .claim(LTI + "resource_link", Map.of("id", "link-1", "title", "Linear equations"))
                .claim(LTI + "context", Map.of("id", "course-1", "label", "ALG", "title", "Algebra"))
                .claim(LTI + "roles", List.of(LEARNER));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims, key);
    }

    public static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish() {
        server.stubFor(get("/jwks").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(published).toString(true))));
    }

    @Override
    public void close() {
        server.stop();
    }
}
