package dev.deliberate.lti.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.deliberate.lti.services.TestServices.CANVAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * What a score delivery meets in the field, over real HTTP: each failure comes back as a
 * {@link ServiceFailure} classified so the outbox retries the transient ones (after Retry-After)
 * and reports the permanent ones, and no call retries on its own beyond the 401 refresh.
 */
class ServiceFaultsTests {

    private static final String ITEM = "/api/lti/courses/1/line_items/7";
    private static final String SCORES = ITEM + "/scores";
    private static final Score SCORE = new Score("5323cbf2-user", 80, 100, "Completed", "FullyGraded",
            Instant.parse("2025-03-04T10:15:30Z"), null);

    static TestServices lms;

    @BeforeAll
    static void start() {
        lms = new TestServices();
        lms.canvasTokens("warm-up");
        lms.server.stubFor(post(SCORES).willReturn(aResponse().withStatus(200)));
        lms.grades().publish(CANVAS, lms.url(ITEM), SCORE);
    }

    @AfterAll
    static void stop() {
        lms.close();
    }

    @BeforeEach
    void fresh() {
        lms.reset(Duration.ofSeconds(2), null);
        lms.canvasTokens("canvas-token");
    }

    @Test
    void serverErrorIsTransient() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Page Error</h1></body></html>"));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.retryAfter()).isNull();
        assertAnsweredOnce();
    }

    @Test
    void unavailableIsTransientAndSaysWhenToComeBack() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(503).withHeader("Retry-After", "30").withBody("Service Unavailable"));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertAnsweredOnce();
    }

    @Test
    void tooManyRequestsWithRetryAfterInSeconds() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(429).withHeader("Retry-After", "120"));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.status()).isEqualTo(429);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertAnsweredOnce();
    }

    @Test
    void tooManyRequestsWithRetryAfterAsAnHttpDate() {
        String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(90));

        ServiceFailure failure = publishAgainst(aResponse().withStatus(429).withHeader("Retry-After", inNinetySeconds));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.retryAfter()).isBetween(Duration.ofSeconds(75), Duration.ofSeconds(90));
    }

    @Test
    void canvasRateLimitIsA403WorthRetrying() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(403).withHeader("Content-Type", "text/plain")
                .withHeader("X-Rate-Limit-Remaining", "0").withHeader("X-Request-Cost", "12.5")
                .withBody("403 Forbidden (Rate Limit Exceeded)\n"));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isEqualTo(403);
        assertThat(failure.getMessage()).contains("Rate Limit Exceeded");
        assertAnsweredOnce();
    }

    @Test
    void plainForbiddenIsPermanent() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withHeader("X-Rate-Limit-Remaining", "699.4")
                .withBody("{\"errors\":[{\"message\":\"user not authorized to perform that action\"}]}"));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isEqualTo(403);
        assertThat(failure.getMessage()).contains("user not authorized");
    }

    @Test
    void lineItemGoneIsPermanent() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"message\":\"The specified resource does not exist.\"}]}"));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isEqualTo(404);
        assertThat(failure.getMessage()).contains("The specified resource does not exist.");
        assertAnsweredOnce();
    }

    @Test
    void userWhoCannotBeGradedIsPermanent() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":{\"type\":\"unprocessable_entity\",\"message\":\"User not found in course or is not a student\"}}"));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isEqualTo(422);
        assertThat(failure.getMessage()).contains("not a student");
        assertAnsweredOnce();
    }

    @Test
    void platformSlowerThanTheTimeoutIsATransientFailureWithoutStatus() {
        lms.reset(Duration.ofMillis(300), null);
        lms.canvasTokens("canvas-token");

        ServiceFailure failure = publishAgainst(aResponse().withStatus(200).withFixedDelay(1000));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).contains("POST " + lms.url(SCORES), "timed out");
    }

    @Test
    void answerWhoseBodyTricklesPastTheTimeoutIsATransientFailure() {
        lms.reset(Duration.ofMillis(300), null);
        lms.canvasTokens("canvas-token");

        ServiceFailure failure = publishAgainst(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"resultUrl\":\"" + lms.url(ITEM) + "/results/4\"}").withChunkedDribbleDelay(5, 1000));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).contains("POST " + lms.url(SCORES), "timed out");
    }

    @Test
    void answerLargerThanTheLimitIsAPermanentFailure() {
        ServiceFailure failure = publishAgainst(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(new byte[ServiceHttp.MAX_BODY + 1]));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isEqualTo(200);
        assertThat(failure.getMessage()).contains("POST " + lms.url(SCORES), "larger than " + ServiceHttp.MAX_BODY + " bytes");
    }

    @Test
    void answerDeclaredLargerThanTheLimitIsRefusedBeforeItsBodyArrives() {
        lms.reset(Duration.ofMillis(2500), null);
        lms.canvasTokens("canvas-token");
        byte[] body = new byte[2 * ServiceHttp.MAX_BODY];

        // a quarter of the body a second, with the headers: the limit would be reached only after the timeout
        ServiceFailure failure = publishAgainst(aResponse().withStatus(200).withHeader("Content-Length", String.valueOf(body.length))
                .withBody(body).withChunkedDribbleDelay(4, 4000));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("larger than " + ServiceHttp.MAX_BODY + " bytes");
    }

    @Test
    void answerOfUndeclaredLengthIsReadNoFurtherThanTheLimit() {
        lms.reset(Duration.ofMillis(2500), null);
        lms.canvasTokens("canvas-token");

        // chunked, no Content-Length: the first chunk (at 1.5 s) is over the limit, the second would come after the timeout
        ServiceFailure failure = publishAgainst(aResponse().withStatus(200).withBody(new byte[2 * (ServiceHttp.MAX_BODY + 1)])
                .withChunkedDribbleDelay(2, 3000));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("larger than " + ServiceHttp.MAX_BODY + " bytes");
    }

    @Test
    void connectionResetIsATransientFailureWithoutStatus() {
        ServiceFailure failure = publishAgainst(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).contains("POST " + lms.url(SCORES));
    }

    @Test
    void nothingListeningIsATransientFailure() {
        String closed = "http://127.0.0.1:" + closedPort() + ITEM;

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().publish(CANVAS, closed, SCORE));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isZero();
    }

    private ServiceFailure publishAgainst(ResponseDefinitionBuilder response) {
        lms.server.stubFor(post(SCORES).willReturn(response));
        return catchThrowableOfType(ServiceFailure.class, () -> lms.grades().publish(CANVAS, lms.url(ITEM), SCORE));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertAnsweredOnce() {
        lms.server.verify(1, postRequestedFor(urlEqualTo(SCORES)));
    }
}
