package dev.deliberate.lti.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.deliberate.lti.services.TestServices.CANVAS_CLIENT_ID;
import static dev.deliberate.lti.services.TestServices.CANVAS_TOKEN_PATH;
import static dev.deliberate.lti.services.TestServices.MOODLE_TOKEN_PATH;
import static dev.deliberate.lti.services.TestServices.TOOL_KEY;
import static dev.deliberate.lti.services.TestServices.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * Access tokens by client credentials with a private_key_jwt client assertion (RFC 7523, LTI
 * Security Framework §4.1), against token endpoints shaped like Canvas's and Moodle's.
 */
class AccessTokensTests {

    static TestServices lms;

    @BeforeAll
    static void start() {
        lms = new TestServices();
    }

    @AfterAll
    static void stop() {
        lms.close();
    }

    @BeforeEach
    void fresh() {
        lms.reset(Duration.ofSeconds(2), null);
    }

    @Test
    void tokenRequestIsClientCredentialsWithAJwtBearerAssertionAndTheScopesSpaceSeparated() {
        lms.canvasTokens("canvas-token-1");

        String token = lms.tokens().token(lms.canvas(), ServiceScopes.AGS);

        assertThat(token).isEqualTo("canvas-token-1");
        var request = lms.tokenRequests(CANVAS_TOKEN_PATH).get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(request);
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsKey("client_assertion");
        assertThat(form.get("scope").split(" ")).containsExactlyInAnyOrderElementsOf(ServiceScopes.AGS);
    }

    @Test
    void clientAssertionIsSignedWithTheToolKeyForTheClientIdAndTheTokenEndpoint() throws Exception {
        lms.canvasTokens("canvas-token-1");
        Instant before = lms.clock().instant();

        lms.tokens().token(lms.canvas(), ServiceScopes.AGS);

        SignedJWT assertion = SignedJWT.parse(form(lms.tokenRequests(CANVAS_TOKEN_PATH).get(0)).get("client_assertion"));
        assertThat(assertion.verify(new RSASSAVerifier(TOOL_KEY.toRSAPublicKey()))).isTrue();
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(TOOL_KEY.getKeyID());
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(CANVAS_CLIENT_ID);
        assertThat(claims.getSubject()).isEqualTo(CANVAS_CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(lms.canvas().tokenEndpoint());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isBetween(before.minusSeconds(1), lms.clock().instant());
        assertThat(claims.getExpirationTime().toInstant()).isAfter(before).isBefore(before.plus(Duration.ofMinutes(10)));
    }

    @Test
    void clientAssertionIsForTheRegisteredTokenAudienceWhenThePlatformAsksForOne() throws Exception {
        lms.reset(Duration.ofSeconds(2), "https://api.brightspace.com/auth/token");
        lms.canvasTokens("token-1");

        lms.tokens().token(lms.canvas(), ServiceScopes.AGS);

        SignedJWT assertion = SignedJWT.parse(form(lms.tokenRequests(CANVAS_TOKEN_PATH).get(0)).get("client_assertion"));
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly("https://api.brightspace.com/auth/token");
    }

    @Test
    void everyClientAssertionHasItsOwnJti() throws Exception {
        lms.canvasTokens("ags-token", "nrps-token");

        lms.tokens().token(lms.canvas(), ServiceScopes.AGS);
        lms.tokens().token(lms.canvas(), ServiceScopes.NRPS);

        List<String> jtis = new ArrayList<>();
        for (var request : lms.tokenRequests(CANVAS_TOKEN_PATH)) {
            jtis.add(SignedJWT.parse(form(request).get("client_assertion")).getJWTClaimsSet().getJWTID());
        }
        assertThat(jtis).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void manyCallsWithTheSameScopesShareOneToken() {
        lms.canvasTokens("canvas-token-1", "canvas-token-2");

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(lms.tokens().token(lms.canvas(), ServiceScopes.AGS));
        }
        tokens.add(lms.tokens().token(lms.canvas(), Set.of(ServiceScopes.SCORE, ServiceScopes.RESULT_READ,
                ServiceScopes.LINE_ITEM_READ, ServiceScopes.LINE_ITEM)));

        assertThat(tokens).containsOnly("canvas-token-1");
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(1);
    }

    @Test
    void aDifferentScopeSetGetsItsOwnToken() {
        lms.canvasTokens("ags-token", "nrps-token");

        String ags = lms.tokens().token(lms.canvas(), ServiceScopes.AGS);
        String nrps = lms.tokens().token(lms.canvas(), ServiceScopes.NRPS);
        String agsAgain = lms.tokens().token(lms.canvas(), ServiceScopes.AGS);

        assertThat(ags).isEqualTo("ags-token").isEqualTo(agsAgain);
        assertThat(nrps).isEqualTo("nrps-token");
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(2);
        assertThat(form(lms.tokenRequests(CANVAS_TOKEN_PATH).get(1))).containsEntry("scope", ServiceScopes.MEMBERSHIPS);
    }

    @Test
    void eachPlatformGetsItsOwnTokenForTheSameScopes() {
        lms.canvasTokens("canvas-token");
        lms.moodleTokens("moodle-token");

        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("canvas-token");
        assertThat(lms.tokens().token(lms.moodle(), ServiceScopes.AGS)).isEqualTo("moodle-token");
        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("canvas-token");
    }

    @Test
    void aTokenIsReusedUntilAMinuteBeforeItExpiresThenRequestedAgain() {
        lms.canvasTokens("first", "second");

        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("first");
        lms.clock().advance(Duration.ofSeconds(3600 - 90));
        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("first");
        lms.clock().advance(Duration.ofSeconds(45));

        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("second");
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(2);
    }

    @Test
    void aTokenLivingNoLongerThanTheSafetyMarginIsNotReused() {
        lms.sequence(() -> post(urlPathEqualTo(CANVAS_TOKEN_PATH)),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(TestServices.tokenJson("short-1", 45, ServiceScopes.SCORE)),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(TestServices.tokenJson("short-2", 45, ServiceScopes.SCORE)));

        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("short-1");
        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("short-2");
    }

    @Test
    void forgottenTokenIsRequestedAgain() {
        lms.canvasTokens("revoked", "fresh");

        lms.tokens().token(lms.canvas(), ServiceScopes.AGS);
        lms.tokens().forget(lms.canvas(), ServiceScopes.AGS);

        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("fresh");
    }

    @Test
    void concurrentCallersWaitForOneTokenRequest() throws Exception {
        lms.server.stubFor(post(urlPathEqualTo(CANVAS_TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(200)
                .withBody(TestServices.tokenJson("shared", 3600, ServiceScopes.SCORE))));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> callers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                callers.add(() -> lms.tokens().token(lms.canvas(), ServiceScopes.AGS));
            }
            for (Future<String> token : pool.invokeAll(callers)) {
                assertThat(token.get()).isEqualTo("shared");
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(1);
    }

    @Test
    void moodleTokenLabelledTextHtmlIsReadAsJson() {
        lms.moodleTokens("moodle-token-1");

        assertThat(lms.tokens().token(lms.moodle(), ServiceScopes.AGS)).isEqualTo("moodle-token-1");
        assertThat(lms.tokenRequests(MOODLE_TOKEN_PATH)).hasSize(1);
    }

    @Test
    void moodleHtmlErrorPageIsReportedAsAPermanentFailureNamingTheTokenEndpoint() {
        lms.server.stubFor(post(urlPathEqualTo(MOODLE_TOKEN_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(TestServices.moodleErrorPage())));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.tokens().token(lms.moodle(), ServiceScopes.AGS));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isEqualTo(404);
        assertThat(failure.getMessage()).startsWith("token endpoint of https://moodle.example.edu answered 404")
                .contains("Error | Moodle Example", "Can not find data record in database.")
                .doesNotContain("<", "M.cfg")
                .hasSizeLessThanOrEqualTo(600);
    }

    @Test
    void htmlPageWithStatus200IsReportedAsNotJson() {
        lms.server.stubFor(post(urlPathEqualTo(MOODLE_TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(TestServices.moodleErrorPage())));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.tokens().token(lms.moodle(), ServiceScopes.AGS));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).startsWith("token endpoint of https://moodle.example.edu did not answer JSON")
                .hasSizeLessThanOrEqualTo(600);
    }

    @Test
    void tokenAnswerThatIsNotJsonIsDescribedWithoutItsBody() {
        lms.server.stubFor(post(urlPathEqualTo(CANVAS_TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("access_token=secret-token-value&token_type=bearer&expires_in=3600")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.tokens().token(lms.canvas(), ServiceScopes.AGS));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).startsWith("token endpoint of https://canvas.instructure.com did not answer JSON")
                .contains("200", "text/plain", "65 characters")
                .doesNotContain("secret", "access_token=");
    }

    @Test
    void oauthErrorIsAPermanentFailureWithThePlatformsReason() {
        lms.server.stubFor(post(urlPathEqualTo(CANVAS_TOKEN_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"JWS signature invalid.\"}")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.tokens().token(lms.canvas(), ServiceScopes.AGS));

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.getMessage()).contains("https://canvas.instructure.com", "invalid_client", "JWS signature invalid.");
    }

    @Test
    void answerWithoutAnAccessTokenIsAPermanentFailure() {
        lms.server.stubFor(post(urlPathEqualTo(CANVAS_TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600}")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.tokens().token(lms.canvas(), ServiceScopes.AGS));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("without an access_token");
    }

    @Test
    void failedTokenRequestIsNotCachedSoTheNextCallAsksAgain() {
        lms.sequence(() -> post(urlPathEqualTo(CANVAS_TOKEN_PATH)),
                aResponse().withStatus(503).withHeader("Retry-After", "5").withBody("Service Unavailable"),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(TestServices.tokenJson("after-outage", 3600, ServiceScopes.SCORE)));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.tokens().token(lms.canvas(), ServiceScopes.AGS));
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(5));

        assertThat(lms.tokens().token(lms.canvas(), ServiceScopes.AGS)).isEqualTo("after-outage");
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(2);
    }

    @Test
    void tokenEndpointThatResetsTheConnectionIsATransientFailure() {
        lms.server.stubFor(post(urlPathEqualTo(CANVAS_TOKEN_PATH))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.tokens().token(lms.canvas(), ServiceScopes.AGS));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.status()).isZero();
    }
}
