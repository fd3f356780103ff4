package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.demoplatform.DemoHttp.Answer;
import dev.deliberate.lti.keys.ToolKeyring;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.TestPlatform;

/**
 * The token endpoint (LTI Security Framework 4.1, RFC 7523): a tool's signed client assertion is
 * exchanged for a bearer token, and every broken rule is refused with the RFC 6749 error that says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenEndpointTests extends IntegrationTestSupport {

    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String MEMBERSHIPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    @Value("${deliberate.demo.base-url}")
    String demoUrl;

    @Value("${deliberate.demo.client-id}")
    String configuredClientId;

    @Autowired
    ToolKeyring toolKeys;

    @Autowired
    JdbcClient jdbc;

    TestTool tool;

    @BeforeAll
    void register() {
        tool = TestTool.registered(demoUrl, clock, DynamicRegistrationTests.ALL_SCOPES);
    }

    @AfterAll
    void close() {
        tool.close();
    }

    @Test
    void aValidAssertionGetsABearerTokenForTheAskedScopes() {
        Answer answer = tool.requestToken(SCORE + " " + MEMBERSHIPS, tool.assertion(c -> c));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(answer.json().get("token_type").stringValue()).isEqualTo("Bearer");
        assertThat(answer.json().get("expires_in").asInt()).isEqualTo(3600);
        assertThat(answer.json().get("scope").stringValue().split(" ")).containsExactlyInAnyOrder(SCORE, MEMBERSHIPS);
        assertThat(answer.json().get("access_token").stringValue()).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void accessTokensAreKeptOnlyAsHashes() {
        String token = tool.token(SCORE);

        assertThat(count("SELECT COUNT(*) FROM demo_access_token WHERE token_hash = ?", token)).isZero();
        assertThat(count("SELECT COUNT(*) FROM demo_access_token WHERE token_hash = ?", Sha256.hex(token))).isOne();
    }

    @Test
    void anAssertionAddressedToTheIssuerIsAccepted() {
        Answer answer = tool.requestToken(SCORE, tool.assertion(c -> c.audience(demoUrl + "/demo")));

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void theConfiguredClientIsVerifiedWithTheToolsOwnJwksOverHttp() {
        RSAKey toolKey = toolKeys.signingKey();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(configuredClientId).subject(configuredClientId)
                .audience(demoUrl + "/demo/token").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build();
        String assertion = TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(toolKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims, toolKey);

        Answer answer = tool.requestToken(SCORE + " " + LINEITEM, assertion);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void aWrongSignatureIsRefused() {
        RSAKey impostor = new RSAKey.Builder(TestPlatform.newKey()).keyID(tool.key().getKeyID()).build();
        Instant now = clock.instant();
        String forged = TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(impostor.getKeyID()).build(),
                validClaims(now).build(), impostor);

        assertRefused(tool.requestToken(SCORE, forged), 401, "invalid_client", "signature");
    }

    @Test
    void anUnknownKidIsRefused() {
        RSAKey other = TestPlatform.newKey();
        String assertion = TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
                validClaims(clock.instant()).build(), other);

        assertRefused(tool.requestToken(SCORE, assertion), 401, "invalid_client", "kid");
    }

    @Test
    void anUnsignedOrHmacAssertionIsRefused() throws Exception {
        String unsigned = new PlainJWT(new PlainHeader(), validClaims(clock.instant()).build()).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(tool.key().getKeyID()).build(),
                validClaims(clock.instant()).build());
        hmac.sign(new MACSigner(new byte[32]));

        assertRefused(tool.requestToken(SCORE, unsigned), 401, "invalid_client", "signed JWT");
        assertRefused(tool.requestToken(SCORE, hmac.serialize()), 401, "invalid_client", "not allowed");
    }

    @Test
    void aWrongAudienceIsRefused() {
        String assertion = tool.assertion(c -> c.audience("https://elsewhere.example.com/token"));

        assertRefused(tool.requestToken(SCORE, assertion), 401, "invalid_client", "aud");
    }

    @Test
    void anExpiredAssertionIsRefused() {
        Instant past = clock.instant().minus(Duration.ofMinutes(10));
        String assertion = tool.assertion(c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))));

        assertRefused(tool.requestToken(SCORE, assertion), 401, "invalid_client", "expired");
    }

    @Test
    void anAssertionIssuedInTheFutureIsRefused() {
        Instant later = clock.instant().plus(Duration.ofMinutes(10));
        String assertion = tool.assertion(c -> c.issueTime(Date.from(later)));

        assertRefused(tool.requestToken(SCORE, assertion), 401, "invalid_client", "future");
    }

    @Test
    void aReplayedJtiIsRefused() {
        String assertion = tool.assertion(c -> c);
        assertThat(tool.requestToken(SCORE, assertion).status()).isEqualTo(200);

        assertRefused(tool.requestToken(SCORE, assertion), 401, "invalid_client", "already used");
    }

    @Test
    void aSubjectOtherThanTheClientIsRefused() {
        assertRefused(tool.requestToken(SCORE, tool.assertion(c -> c.subject("someone-else"))), 401, "invalid_client", "sub");
    }

    @Test
    void anUnknownClientIsRefused() {
        String assertion = tool.assertion(c -> c.issuer("no-such-client").subject("no-such-client"));

        assertRefused(tool.requestToken(SCORE, assertion), 401, "invalid_client", "unknown client");
    }

    @Test
    void aGrantTypeOtherThanClientCredentialsIsRefused() {
        Map<String, String> form = form(tool.assertion(c -> c), SCORE);
        form.put("grant_type", "authorization_code");

        assertRefused(tool.http().form(demoUrl + "/demo/token", form), 400, "unsupported_grant_type", "client_credentials");
    }

    @Test
    void aMissingAssertionTypeIsRefused() {
        Map<String, String> form = form(tool.assertion(c -> c), SCORE);
        form.remove("client_assertion_type");

        assertRefused(tool.http().form(demoUrl + "/demo/token", form), 400, "invalid_request", "client_assertion_type");
    }

    @Test
    void anUnknownScopeIsRefused() {
        Answer answer = tool.requestToken(SCORE + " https://example.com/scope/everything", tool.assertion(c -> c));

        assertRefused(answer, 400, "invalid_scope", "unknown scope");
    }

    @Test
    void aScopeTheClientWasNotGrantedIsRefused() {
        try (TestTool scorer = TestTool.registered(demoUrl, clock, SCORE)) {
            Answer answer = scorer.requestToken(MEMBERSHIPS, scorer.assertion(c -> c));

            assertRefused(answer, 400, "invalid_scope", "may have none");
        }
    }

    private JWTClaimsSet.Builder validClaims(Instant now) {
        return new JWTClaimsSet.Builder().issuer(tool.clientId()).subject(tool.clientId()).audience(demoUrl + "/demo/token")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString());
    }

    private static Map<String, String> form(String assertion, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", TestTool.JWT_BEARER);
        form.put("client_assertion", assertion);
        form.put("scope", scope);
        return form;
    }

    private static void assertRefused(Answer answer, int status, String error, String descriptionPart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().get("error").stringValue()).isEqualTo(error);
        assertThat(answer.json().get("error_description").stringValue()).containsIgnoringCase(descriptionPart);
        assertThat(answer.json().has("access_token")).isFalse();
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }
}
