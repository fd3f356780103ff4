package dev.deliberate.lti.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.deliberate.lti.services.TestServices.CANVAS;
import static dev.deliberate.lti.services.TestServices.CANVAS_TOKEN_PATH;
import static dev.deliberate.lti.services.TestServices.GONE;
import static dev.deliberate.lti.services.TestServices.SELF_REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.services.ServiceFailure.Kind;

/** Authorised calls: the bearer token for the scopes, and on a 401 one retry with a fresh token. */
class PlatformCallsTests {

    private static final String ITEM = "/api/lti/courses/1/line_items/7";
    private static final String ITEM_JSON = """
            {"id":"%s","scoreMaximum":100.0,"label":"Linear equations","resourceId":"deliberate-link-7",
             "tag":"deliberate-mastery","resourceLinkId":"8b2bd8f1-9c4a-4e1b-a1f0-6d5c2f3e4a5b"}""";

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
    void callCarriesTheBearerTokenAndReturnsTheAnswer() {
        lms.canvasTokens("canvas-token-1");
        lms.server.stubFor(get(ITEM).willReturn(okJson(ITEM_JSON.formatted(lms.url(ITEM)))));

        ServiceAnswer answer = lms.calls().call(CANVAS, ServiceScopes.AGS, "line item",
                r -> r.header("Accept", AssignmentGrades.LINE_ITEM_TYPE).GET(), lms.url(ITEM));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Linear equations");
        lms.server.verify(getRequestedFor(urlEqualTo(ITEM)).withHeader("Authorization", equalTo("Bearer canvas-token-1"))
                .withHeader("Accept", equalTo(AssignmentGrades.LINE_ITEM_TYPE)));
    }

    @Test
    void aSelfRegisteredPlatformCannotAimServiceCallsIntoTheToolsNetwork() {
        lms.server.stubFor(get(ITEM).willReturn(okJson(ITEM_JSON.formatted(lms.url(ITEM)))));

        ServiceFailure refused = catchThrowableOfType(ServiceFailure.class, () -> lms.calls().call(SELF_REGISTERED, ServiceScopes.AGS,
                "line item", r -> r.GET(), lms.url(ITEM)));

        assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(refused.getMessage()).contains("private address 127.0.0.1");
        assertThat(lms.server.getAllServeEvents()).as("neither a token request nor the call").isEmpty();
    }

    @Test
    void aSelfRegisteredPlatformOnAHostTheOperatorListedIsCalled() {
        lms.moodleTokens("moodle-token-1");
        lms.server.stubFor(get(ITEM).willReturn(okJson(ITEM_JSON.formatted(lms.url(ITEM)))));
        PlatformCalls listing = lms.callsListing("127.0.0.1");

        assertThat(listing.call(SELF_REGISTERED, ServiceScopes.AGS, "line item", r -> r.GET(), lms.url(ITEM)).status()).isEqualTo(200);
    }

    @Test
    void aSelfRegisteredPlatformsHostIsResolvedOnceByTheConnectionAndRefusedWhenItTurnsPrivate() {
        lms.moodleTokens("moodle-token-1");
        AtomicInteger lookups = new AtomicInteger();
        // a name that answered with a public address when the platform registered, and now rebinds to the tool's own network
        HostLookup rebound = host -> {
            if (host.equals("localhost")) {
                lookups.incrementAndGet();
                return new InetAddress[] { InetAddress.getByAddress("localhost", new byte[] { 127, 0, 0, 1 }) };
            }
            return HostLookup.SYSTEM.lookup(host);
        };
        PlatformCalls calls = lms.callsResolving(rebound, "127.0.0.1");
        String url = "http://localhost:" + lms.server.port() + ITEM;
        lms.server.stubFor(get(ITEM).willReturn(okJson(ITEM_JSON.formatted(url))));

        ServiceFailure refused = catchThrowableOfType(ServiceFailure.class, () -> calls.call(SELF_REGISTERED, ServiceScopes.AGS,
                "line item", r -> r.GET(), url));

        assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(refused.getMessage()).contains("line item URL", "private address 127.0.0.1");
        assertThat(lookups).as("resolved once, by the connection: no separate check to rebind between").hasValue(1);
        assertThat(lms.server.findAll(getRequestedFor(urlEqualTo(ITEM)))).as("the call never reached the address").isEmpty();
    }

    @Test
    void aSelfRegisteredPlatformsListedHostIsReachedAtTheAddressItsConnectionResolved() {
        lms.moodleTokens("moodle-token-1");
        AtomicInteger lookups = new AtomicInteger();
        HostLookup counted = host -> {
            if (host.equals("localhost")) {
                lookups.incrementAndGet();
                return new InetAddress[] { InetAddress.getByAddress("localhost", new byte[] { 127, 0, 0, 1 }) };
            }
            return HostLookup.SYSTEM.lookup(host);
        };
        PlatformCalls calls = lms.callsResolving(counted, "localhost");
        String url = "http://localhost:" + lms.server.port() + ITEM;
        lms.server.stubFor(get(ITEM).willReturn(okJson(ITEM_JSON.formatted(url))));

        // the token endpoint is on 127.0.0.1, which is not listed here: the operator listed only the service host
        ServiceFailure token = catchThrowableOfType(ServiceFailure.class, () -> calls.call(SELF_REGISTERED, ServiceScopes.AGS,
                "line item", r -> r.GET(), url));
        assertThat(token.getMessage()).contains("token endpoint", "private address 127.0.0.1");

        ServiceAnswer answer = lms.callsResolving(counted, "localhost", "127.0.0.1").call(SELF_REGISTERED, ServiceScopes.AGS, "line item", r -> r.GET(), url);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(lookups).as("one connection, one resolution").hasValue(1);
        assertThat(lms.server.findAll(getRequestedFor(urlEqualTo(ITEM))).get(0).getHeader("Authorization"))
                .isEqualTo("Bearer moodle-token-1");
    }

    @Test
    void manyCallsUseOneToken() {
        lms.canvasTokens("canvas-token-1", "canvas-token-2");
        lms.server.stubFor(get(ITEM).willReturn(okJson(ITEM_JSON.formatted(lms.url(ITEM)))));

        for (int i = 0; i < 4; i++) {
            lms.grades().get(CANVAS, lms.url(ITEM));
        }

        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(1);
        lms.server.verify(4, getRequestedFor(urlEqualTo(ITEM)).withHeader("Authorization", equalTo("Bearer canvas-token-1")));
    }

    @Test
    void on401TheTokenIsRefreshedOnceAndTheCallRepeatedWithTheNewOne() {
        lms.canvasTokens("revoked-token", "fresh-token");
        lms.server.stubFor(get(ITEM).withHeader("Authorization", equalTo("Bearer revoked-token"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"message\":\"Invalid access token.\"}]}")));
        lms.server.stubFor(get(ITEM).withHeader("Authorization", equalTo("Bearer fresh-token"))
                .willReturn(okJson(ITEM_JSON.formatted(lms.url(ITEM)))));

        LineItem item = lms.grades().get(CANVAS, lms.url(ITEM));

        assertThat(item.label()).isEqualTo("Linear equations");
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(2);
        lms.server.verify(2, getRequestedFor(urlEqualTo(ITEM)));
    }

    @Test
    void theRefreshedTokenServesLaterCalls() {
        lms.canvasTokens("revoked-token", "fresh-token", "unexpected-token");
        lms.server.stubFor(get(ITEM).withHeader("Authorization", equalTo("Bearer revoked-token"))
                .willReturn(aResponse().withStatus(401)));
        lms.server.stubFor(get(ITEM).withHeader("Authorization", equalTo("Bearer fresh-token"))
                .willReturn(okJson(ITEM_JSON.formatted(lms.url(ITEM)))));

        lms.grades().get(CANVAS, lms.url(ITEM));
        lms.grades().get(CANVAS, lms.url(ITEM));

        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(2);
        lms.server.verify(2, getRequestedFor(urlEqualTo(ITEM)).withHeader("Authorization", equalTo("Bearer fresh-token")));
    }

    @Test
    void a401RetryResendsTheSameScore() {
        lms.canvasTokens("revoked-token", "fresh-token");
        lms.server.stubFor(post(ITEM + "/scores").withHeader("Authorization", equalTo("Bearer revoked-token"))
                .willReturn(aResponse().withStatus(401)));
        lms.server.stubFor(post(ITEM + "/scores").withHeader("Authorization", equalTo("Bearer fresh-token"))
                .willReturn(okJson("{\"resultUrl\":\"" + lms.url(ITEM) + "/results/4\"}")));
        Score score = new Score("5323cbf2-user", 80, 100, "Completed", "FullyGraded", Instant.parse("2025-03-04T10:15:30Z"), null);

        lms.grades().publish(CANVAS, lms.url(ITEM), score);

        String body = """
                {"userId":"5323cbf2-user","scoreGiven":80.0,"scoreMaximum":100.0,"activityProgress":"Completed",
                 "gradingProgress":"FullyGraded","timestamp":"2025-03-04T10:15:30Z"}""";
        lms.server.verify(2, postRequestedFor(urlEqualTo(ITEM + "/scores")).withRequestBody(equalToJson(body)));
    }

    @Test
    void a401WithTheFreshTokenTooIsAPermanentFailureAfterExactlyOneRetry() {
        lms.canvasTokens("token-1", "token-2", "token-3");
        lms.server.stubFor(get(ITEM).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"message\":\"Insufficient scopes on access token.\"}]}")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().get(CANVAS, lms.url(ITEM)));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.getMessage()).contains("line item answered 401", "Insufficient scopes");
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(2);
        lms.server.verify(2, getRequestedFor(urlEqualTo(ITEM)));
    }

    @Test
    void otherFailuresDoNotRefreshTheToken() {
        lms.canvasTokens("token-1", "token-2");
        lms.server.stubFor(get(ITEM).willReturn(aResponse().withStatus(403).withHeader("X-Rate-Limit-Remaining", "700.0")
                .withBody("{\"errors\":[{\"message\":\"user not authorized to perform that action\"}]}")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().get(CANVAS, lms.url(ITEM)));

        assertThat(failure.status()).isEqualTo(403);
        assertThat(lms.tokenRequests(CANVAS_TOKEN_PATH)).hasSize(1);
        lms.server.verify(1, getRequestedFor(urlEqualTo(ITEM)));
    }

    @Test
    void aRegistrationThatNoLongerExistsIsAPermanentFailureWithoutAnyRequest() {
        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().get(GONE, lms.url(ITEM)));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).contains("platform registration " + GONE);
        assertThat(lms.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void plainHttpOffLoopbackIsCalledOnlyWhenTheOperatorAllowsIt() {
        lms.canvasTokens("canvas-token-1");
        // 127.0.0.2 is not one of the loopback names the rule knows, and nothing listens there
        String url = "http://127.0.0.2:" + lms.server.port() + ITEM;

        ServiceFailure refused = catchThrowableOfType(ServiceFailure.class, () -> lms.calls().call(CANVAS, ServiceScopes.AGS, "line item",
                r -> r.GET(), url));
        ServiceFailure attempted = catchThrowableOfType(ServiceFailure.class, () -> lms.callsAllowingHttp().call(CANVAS, ServiceScopes.AGS,
                "line item", r -> r.GET(), url));

        assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(refused.getMessage()).startsWith("line item URL " + url + " is plain http");
        assertThat(attempted.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(attempted.getMessage()).contains("GET " + url + " failed");
    }

    @Test
    void noTokenMeansNoServiceCall() {
        lms.server.stubFor(post(urlPathEqualTo(CANVAS_TOKEN_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_scope\"}")));
        lms.server.stubFor(get(ITEM).willReturn(okJson(ITEM_JSON.formatted(lms.url(ITEM)))));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().get(CANVAS, lms.url(ITEM)));

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.getMessage()).contains("token endpoint of https://canvas.instructure.com", "invalid_scope");
        lms.server.verify(0, getRequestedFor(urlEqualTo(ITEM)));
    }
}
