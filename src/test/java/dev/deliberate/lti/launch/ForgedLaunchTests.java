package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.shared.Origins;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Every known bad payload of the 1EdTech certification suite, plus forgeries of our own, sent to
 * the running tool with real signatures against a platform JWKS served by WireMock. Each must be
 * refused with its own reason code, logged, and leave no person, course, link, membership or
 * session behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ForgedLaunchTests extends IntegrationTestSupport {

    private static final String LTI = TestPlatform.LTI;
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    private static final String WEAK_KID = "weak-rsa-key";
    private static final RSAKey WEAK_KEY = weakKey();

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform platform;
    TestPlatform unreachable;

    @BeforeAll
    void registerPlatforms() throws JOSEException {
        platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
        platform.alsoPublish(new ECKeyGenerator(Curve.P_256).keyID("ec-key").keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256).generate());
        platform.alsoPublish(WEAK_KEY);
        platform.alsoPublish(new ECKeyGenerator(Curve.P_384).keyID("p384-key").keyUse(KeyUse.SIGNATURE).generate());
        unreachable = TestPlatform.create(clock);
        unreachable.failJwks();
        registry.save(unreachable.settings(), PlatformSource.ADMIN_API);
    }

    @AfterAll
    void stopPlatforms() {
        platform.close();
        unreachable.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("forgeries")
    void forgedLaunchIsRefusedWithItsReasonAndCreatesNothing(String forgery, String expected, Attack attack,
            CapturedOutput output) throws Exception {
        TestPlatform target = attack.unreachablePlatform() ? unreachable : platform;
        LaunchScenario scenario = new LaunchScenario(baseUrl, clock, target, this::rowCounts, attack.storage());
        Reply reply = attack.run(scenario);

        assertThat(reply.reason()).as("reason code on the page").contains(expected);
        assertThat(reply.status()).isEqualTo(ReasonCode.valueOf(expected).status().value());
        assertThat(reply.header("X-Deliberate-Session")).as("no session token").isEmpty();
        assertThat(reply.setsCookie("dlb_session")).as("no session cookie").isFalse();
        assertThat(rowCounts()).as("no rows created").isEqualTo(scenario.baseline());
        assertThat(output.getOut()).contains("reason=" + expected);
    }

    static Stream<Arguments> forgeries() {
        return Stream.of(
                // the JWS itself
                forged("no kid in the header", "KID_MISSING", s -> s.post(TestPlatform.sign(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).build(), s.claims().build(), s.platform.key()))),
                forged("a kid the platform does not publish", "KID_UNKNOWN", s -> s.post(TestPlatform.sign(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("no-such-kid").build(), s.claims().build(), s.platform.key()))),
                forged("alg none", "ALG_NONE", s -> s.post(new PlainJWT(s.claims().build()).serialize())),
                forged("HS256 keyed with the platform's public key", "ALG_NOT_ALLOWED", s -> {
                    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(s.platform.key().getKeyID()).build(),
                            new Payload(s.claims().build().toJSONObject()));
                    jws.sign(new MACSigner(s.platform.key().toRSAPublicKey().getEncoded()));
                    return s.post(jws.serialize());
                }),
                forged("payload tampered after signing", "SIGNATURE_INVALID", s -> {
                    String[] parts = s.platform.sign(s.claims().build()).split("\\.");
                    JWTClaimsSet teacher = s.claims().claim(LTI + "roles", List.of(TestPlatform.INSTRUCTOR)).build();
                    String payload = Base64.getUrlEncoder().withoutPadding()
                            .encodeToString(teacher.toString().getBytes(StandardCharsets.UTF_8));
                    return s.post(parts[0] + "." + payload + "." + parts[2]);
                }),
                forged("signed by another key under the platform's kid", "SIGNATURE_INVALID", s -> s.post(TestPlatform.sign(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(s.platform.key().getKeyID()).build(), s.claims().build(),
                        TestPlatform.newKey()))),
                forged("RS256 claimed for the platform's EC key", "ALG_KEY_MISMATCH", s -> s.post(TestPlatform.sign(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("ec-key").build(), s.claims().build(), s.platform.key()))),
                forged("an oversized token", "TOKEN_TOO_LARGE", s -> s.postClaims(s.claims().claim("padding", "x".repeat(40_000)))),
                forged("a signed payload that is not JSON", "TOKEN_NOT_JSON", s -> {
                    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(s.platform.key().getKeyID()).build(),
                            new Payload("this is not json"));
                    jws.sign(new RSASSASigner(s.platform.key()));
                    return s.post(jws.serialize());
                }),
                forged("a signed payload that is not base64url", "TOKEN_MALFORMED", s -> {
                    String header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(s.platform.key().getKeyID()).build().toBase64URL().toString();
                    String input = header + ".e30*e30";
                    java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
                    rsa.initSign(s.platform.key().toPrivateKey());
                    rsa.update(input.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    return s.post(input + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
                }),
                forged("not a JWT at all", "TOKEN_MALFORMED", s -> s.post("not.a-jwt")),
                forged("an encrypted token", "TOKEN_ENCRYPTED", s -> {
                    EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM),
                            s.claims().build());
                    jwe.encrypt(new RSAEncrypter(s.platform.key().toRSAPublicKey()));
                    return s.post(jwe.serialize());
                }),
                // the form and the state
                forged("no id_token", "ID_TOKEN_MISSING", s -> s.browser.launch(null, s.state())),
                forged("no state", "STATE_MISSING", s -> s.browser.launch(s.platform.sign(s.claims().build()), null)),
                forged("a state the tool never issued", "STATE_UNKNOWN", s -> s.browser.launch(
                        s.platform.sign(s.claims().build()), "made-up-state")),
                forged("the same launch posted twice", "STATE_REPLAYED", s -> {
                    String[] first = s.completeGenuineLaunch();
                    s.resetBaseline();
                    return s.browser.launch(first[0], first[1]);
                }),
                forged("a login left waiting past its lifetime", "STATE_EXPIRED", s -> {
                    s.clock.advance(Duration.ofMinutes(11));
                    return s.postClaims(s.claims());
                }),
                forged("posted from a browser without the state cookie", "STATE_NOT_BOUND", s ->
                        new LaunchClient(s.baseUrl, false).launch(s.platform.sign(s.claims().build()), s.state())),
                forged("posted without the state cookie by another site's page", "STATE_NOT_BOUND", s ->
                        new LaunchClient(s.baseUrl, false).post("/lti/launch", Map.of("id_token", s.platform.sign(s.claims().build()),
                                "state", s.state()), Map.of("Origin", "https://evil.example.com"))),
                forged("posted without the state cookie from an opaque origin", "STATE_NOT_BOUND", s ->
                        new LaunchClient(s.baseUrl, false).post("/lti/launch", Map.of("id_token", s.platform.sign(s.claims().build()),
                                "state", s.state()), Map.of("Origin", "null"))),
                forged("posted without the state cookie by a page on the platform's host over plain http", "STATE_NOT_BOUND", s ->
                        new LaunchClient(s.baseUrl, false).post("/lti/launch", Map.of("id_token", s.platform.sign(s.claims().build()),
                                "state", s.state()), Map.of("Origin", s.platform.issuer().replace("https://", "http://")))),
                forgedWithStorage("the platform's origin claiming its storage did not answer", "STATE_NOT_BOUND", s ->
                        new LaunchClient(s.baseUrl, false).post("/lti/launch", Map.of("id_token", s.platform.sign(s.claims().build()),
                                "state", s.state(), "lti_storage_state", ""), Map.of("Origin", Origins.of(s.platform.issuer())))),
                forgedWithStorage("platform storage answering another state", "STATE_STORAGE_MISMATCH", s ->
                        new LaunchClient(s.baseUrl, false).post("/lti/launch", Map.of("id_token", s.platform.sign(s.claims().build()),
                                "state", s.state(), "lti_storage_state", "someone-elses-state"))),
                // the claims
                forged("the nonce of an earlier launch", "NONCE_REPLAYED", s -> {
                    String[] first = s.completeGenuineLaunch();
                    s.resetBaseline();
                    return s.post(first[0]);
                }),
                forged("a nonce the tool never sent", "NONCE_MISMATCH", s -> s.postClaims(s.claims().claim("nonce", "other-nonce"))),
                forged("no nonce", "NONCE_MISSING", s -> s.postClaims(s.claims().claim("nonce", null))),
                forged("no iss", "ISS_MISSING", s -> s.postClaims(s.claims().issuer(null))),
                forged("another platform's iss", "ISS_MISMATCH", s -> s.postClaims(s.claims().issuer("https://evil.example.com"))),
                forged("no aud", "AUD_MISSING", s -> s.postClaims(s.claims().audience((String) null))),
                forged("aud of another tool", "AUD_MISMATCH", s -> s.postClaims(s.claims().audience("another-client"))),
                forged("several audiences and no azp", "AZP_MISSING", s -> s.postClaims(
                        s.claims().audience(List.of(s.platform.clientId(), "another-client")))),
                forged("azp of another tool", "AZP_MISMATCH", s -> s.postClaims(s.claims().claim("azp", "another-client"))),
                forged("no exp", "EXP_MISSING", s -> s.postClaims(s.claims().expirationTime(null))),
                forged("expired", "TOKEN_EXPIRED", s -> s.postClaims(s.claims()
                        .issueTime(at(s, Duration.ofMinutes(-10))).expirationTime(at(s, Duration.ofMinutes(-2))))),
                forged("no iat", "IAT_MISSING", s -> s.postClaims(s.claims().issueTime(null))),
                forged("issued five minutes in the future", "IAT_IN_FUTURE", s -> s.postClaims(s.claims()
                        .issueTime(at(s, Duration.ofMinutes(5))).expirationTime(at(s, Duration.ofMinutes(10))))),
                forged("an OIDC id_token that is not an LTI message", "NOT_LTI_MESSAGE", s -> s.postClaims(s.claims()
                        .claim(LTI + "message_type", null).claim(LTI + "version", null).claim(LTI + "deployment_id", null))),
                forged("no LTI version", "VERSION_MISSING", s -> s.postClaims(s.claims().claim(LTI + "version", null))),
                forged("LTI version 1.1", "VERSION_UNSUPPORTED", s -> s.postClaims(s.claims().claim(LTI + "version", "1.1.0"))),
                forged("no message_type", "MESSAGE_TYPE_MISSING", s -> s.postClaims(s.claims().claim(LTI + "message_type", null))),
                forged("an unknown message_type", "MESSAGE_TYPE_UNSUPPORTED", s -> s.postClaims(
                        s.claims().claim(LTI + "message_type", "LtiSubmissionReviewRequest"))),
                forged("no deployment_id", "DEPLOYMENT_MISSING", s -> s.postClaims(s.claims().claim(LTI + "deployment_id", null))),
                forged("an unregistered deployment_id", "DEPLOYMENT_UNKNOWN", s -> s.postClaims(
                        s.claims().claim(LTI + "deployment_id", "rogue-deployment"))),
                forged("no sub for a named launch", "SUB_MISSING", s -> s.postClaims(s.claims().subject(null))),
                forged("no roles", "ROLES_MISSING", s -> s.postClaims(s.claims().claim(LTI + "roles", null))),
                forged("only a Mentor role", "ROLE_NOT_SUPPORTED", s -> s.postClaims(s.claims().claim(LTI + "roles",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor")))),
                forged("roles as a string", "CLAIM_MALFORMED", s -> s.postClaims(s.claims().claim(LTI + "roles", TestPlatform.LEARNER))),
                forged("no resource_link.id", "RESOURCE_LINK_MISSING", s -> s.postClaims(
                        s.claims().claim(LTI + "resource_link", Map.of("title", "no id")))),
                forged("no target_link_uri", "TARGET_LINK_URI_MISSING", s -> s.postClaims(s.claims().claim(LTI + "target_link_uri", null))),
                forged("target_link_uri other than the login's", "TARGET_LINK_URI_MISMATCH", s -> s.postClaims(
                        s.claims().claim(LTI + "target_link_uri", "https://evil.example.com/phish"))),
                forged("no context", "CONTEXT_MISSING", s -> s.postClaims(s.claims().claim(LTI + "context", null))),
                forged("a deep_link_return_url longer than the tool keeps", "CLAIM_MALFORMED", s -> s.postClaims(deepLinking(s,
                        "https://lms.example.edu/deep_links/return?id=" + "7".repeat(1000)))),
                forgedOn("a platform whose JWKS is down", "JWKS_UNAVAILABLE", true, s -> s.postClaims(s.claims())),
                // JOSE and JWT rules beyond LTI's list (RFC 7515, 7519, 8725)
                forged("not valid before five minutes from now", "NBF_IN_FUTURE", s -> s.postClaims(s.claims()
                        .notBeforeTime(at(s, Duration.ofMinutes(5))))),
                forged("signed by a 1024-bit RSA key the platform publishes", "KEY_TOO_WEAK", s -> {
                    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(WEAK_KID).build(), s.claims().build());
                    jwt.sign(new RSASSASigner(WEAK_KEY.toPrivateKey(), true));
                    return s.post(jwt.serialize());
                }),
                forged("ES256 claimed for a P-384 key", "ALG_KEY_MISMATCH", s -> s.post(unverifiable(
                        "{\"alg\":\"ES256\",\"kid\":\"p384-key\"}", s.claims().build()))),
                forged("ES256K, an algorithm outside the allow-list", "ALG_NOT_ALLOWED", s -> s.post(unverifiable(
                        "{\"alg\":\"ES256K\",\"kid\":\"ec-key\"}", s.claims().build()))),
                forged("a crit extension the tool does not understand", "CRIT_UNSUPPORTED", s -> s.post(TestPlatform.sign(
                        header(s).customParam("https://example.com/ext", true)
                                .criticalParams(Set.of("https://example.com/ext")).build(), s.claims().build(), s.platform.key()))),
                forged("typ of an access token", "TYP_NOT_JWT", s -> s.post(TestPlatform.sign(
                        header(s).type(new JOSEObjectType("at+jwt")).build(), s.claims().build(), s.platform.key()))),
                forged("jku naming the attacker's key set", "HEADER_KEY_FOREIGN", s -> s.post(TestPlatform.sign(
                        header(s).jwkURL(URI.create("https://evil.example.com/jwks")).build(), s.claims().build(), s.platform.key()))),
                forged("x5u naming a certificate to fetch", "HEADER_KEY_FOREIGN", s -> s.post(TestPlatform.sign(
                        header(s).x509CertURL(URI.create("https://evil.example.com/cert.pem")).build(), s.claims().build(),
                        s.platform.key()))),
                forged("an embedded jwk of the attacker's key, signed by it", "HEADER_KEY_FOREIGN", s -> {
                    RSAKey attacker = TestPlatform.newKey();
                    return s.post(TestPlatform.sign(header(s).jwk(attacker.toPublicJWK()).build(), s.claims().build(), attacker));
                }),
                forged("an x5c certificate of another key", "HEADER_KEY_FOREIGN", s -> s.post(TestPlatform.sign(
                        header(s).x509CertChain(List.of(foreignCertificate())).build(), s.claims().build(), s.platform.key()))),
                forged("a claim named twice", "TOKEN_DUPLICATE_MEMBER", s -> s.post(rawSigned(s,
                        "{\"alg\":\"RS256\",\"kid\":\"" + s.platform.key().getKeyID() + "\"}",
                        withDuplicate(s.claims().build(), "\"sub\":\"someone-else\"")))),
                forged("a member named twice inside the context claim", "TOKEN_DUPLICATE_MEMBER", s -> s.post(rawSigned(s,
                        "{\"alg\":\"RS256\",\"kid\":\"" + s.platform.key().getKeyID() + "\"}",
                        withDuplicate(s.claims().claim(LTI + "context", null).build(),
                                "\"" + LTI + "context\":{\"id\":\"course-1\",\"id\":\"course-2\"}")))),
                forged("a header member named twice", "TOKEN_DUPLICATE_MEMBER", s -> s.post(rawSigned(s,
                        "{\"alg\":\"RS256\",\"kid\":\"" + s.platform.key().getKeyID() + "\",\"kid\":\"other\"}",
                        s.claims().build().toString()))),
                forged("exp as a string", "CLAIM_MALFORMED", s -> s.post(rawSigned(s,
                        "{\"alg\":\"RS256\",\"kid\":\"" + s.platform.key().getKeyID() + "\"}",
                        withDuplicate(s.claims().expirationTime(null).build(), "\"exp\":\"tomorrow\"")))),
                forged("the JWS JSON serialization", "TOKEN_MALFORMED", s -> s.post(
                        "{\"payload\":\"" + Base64URL.encode(s.claims().build().toString()) + "\",\"signatures\":[]}")));
    }

    @Test
    void launchWithHeaderMembersThatNameTheRegisteredKeyAndAnNbfWithinTheSkewIsAccepted() {
        LaunchScenario s = new LaunchScenario(baseUrl, clock, platform, this::rowCounts);
        JWSHeader header = header(s).type(new JOSEObjectType("application/jwt"))
                .jwkURL(URI.create(platform.jwksUri())).jwk(platform.key().toPublicJWK()).build();
        Reply reply = s.post(TestPlatform.sign(header, s.claims().notBeforeTime(at(s, Duration.ofSeconds(30))).build(), platform.key()));

        assertThat(reply.status()).as(reply.reason().orElse("")).isEqualTo(200);
        assertThat(reply.header("X-Deliberate-Session")).isNotEmpty();
    }

    private static JWSHeader.Builder header(LaunchScenario s) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(s.platform.key().getKeyID());
    }

    /** A token with this header whose signature is never reached: the header is refused first. */
    private static String unverifiable(String header, JWTClaimsSet claims) {
        return Base64URL.encode(header) + "." + Base64URL.encode(claims.toString()) + "." + Base64URL.encode("no signature");
    }

    /** Header and payload exactly as written (JSON a library would not produce), signed with the platform's key. */
    private static String rawSigned(LaunchScenario s, String header, String payload) throws JOSEException, ParseException {
        String input = Base64URL.encode(header) + "." + Base64URL.encode(payload);
        Base64URL signature = new RSASSASigner(s.platform.key()).sign(JWSHeader.parse("{\"alg\":\"RS256\"}"),
                input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + signature;
    }

    /** The claims as JSON with one more member appended verbatim. */
    private static String withDuplicate(JWTClaimsSet claims, String member) {
        String json = claims.toString();
        return json.substring(0, json.length() - 1) + "," + member + "}";
    }

    private static com.nimbusds.jose.util.Base64 foreignCertificate() throws IOException {
        try (InputStream pem = ForgedLaunchTests.class.getResourceAsStream("/lti/foreign-certificate.pem")) {
            return com.nimbusds.jose.util.Base64.encode(X509CertUtils.parse(new String(pem.readAllBytes(), StandardCharsets.US_ASCII))
                    .getEncoded());
        }
        catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("course_person", "course_context", "course_resource_link", "course_membership")) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    /** A teacher's Deep Linking request answering the scenario's login. */
    private static JWTClaimsSet.Builder deepLinking(LaunchScenario s, String returnUrl) {
        return s.claims().claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(LTI + "resource_link", null)
                .claim(DL + "deep_linking_settings", Map.of("deep_link_return_url", returnUrl, "accept_types", List.of("ltiResourceLink")));
    }

    private static RSAKey weakKey() {
        try {
            return new RSAKeyGenerator(1024, true).keyID(WEAK_KID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date at(LaunchScenario s, Duration fromNow) {
        return Date.from(s.clock.instant().plus(fromNow));
    }

    private static Arguments forged(String name, String reason, Step step) {
        return Arguments.of(name, reason, new Attack(step, false, false));
    }

    private static Arguments forgedWithStorage(String name, String reason, Step step) {
        return Arguments.of(name, reason, new Attack(step, true, false));
    }

    private static Arguments forgedOn(String name, String reason, boolean unreachablePlatform, Step step) {
        return Arguments.of(name, reason, new Attack(step, false, unreachablePlatform));
    }

    @FunctionalInterface
    interface Step {
        Reply run(LaunchScenario scenario) throws Exception;
    }

    record Attack(Step step, boolean storage, boolean unreachablePlatform) {

        Reply run(LaunchScenario scenario) throws Exception {
            return step.run(scenario);
        }

        @Override
        public String toString() {
            return storage ? "attack with platform storage" : "attack";
        }
    }
}
