package dev.deliberate.lti.services;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.deliberate.lti.services.TestServices.SELF_REGISTERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * A self-registered platform's calls go through the pinned client (Apache HttpClient 5 with the
 * checking resolver), not the JDK's: the same answers must mean the same failures there, bounded
 * by the same deadline and the same body limit (ServiceFaultsTests holds them for the JDK's).
 */
class PinnedCallFaultsTests {

    private static final String ITEM = "/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1";
    private static final String SCORES = "/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1";
    private static final Score SCORE = new Score("5323cbf2-user", 80, 100, "Completed", "FullyGraded",
            Instant.parse("2025-03-04T10:15:30Z"), null);

    static TestServices lms;

    @BeforeAll
    static void start() {
        lms = new TestServices();
    }

    @AfterAll
    static void stop() {
        lms.close();
    }

    @Test
    void aScoreIsDeliveredWithTheTokenAndBodyTheJdkClientWouldSend() {
        ServiceFailure none = publishWithin(Duration.ofSeconds(2), aResponse().withStatus(200));

        assertThat(none).isNull();
        lms.server.verify(1, postRequestedFor(urlEqualTo(SCORES))
                .withHeader("Authorization", equalTo("Bearer moodle-token"))
                .withHeader("Content-Type", equalTo(AssignmentGrades.SCORE_TYPE))
                .withRequestBody(matchingJsonPath("$.userId",
                        equalTo("5323cbf2-user"))));
    }

    @Test
    void platformSlowerThanTheTimeoutIsATransientFailureAtTheDeadline() {
        long start = System.nanoTime();
        ServiceFailure failure = publishWithin(Duration.ofMillis(300), aResponse().withStatus(200).withFixedDelay(3000));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ended by the deadline, not the answer").isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void answerWhoseBodyTricklesPastTheTimeoutIsATransientFailure() {
        long start = System.nanoTime();
        ServiceFailure failure = publishWithin(Duration.ofMillis(300), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"resultUrl\":\"x\"}").withChunkedDribbleDelay(5, 3000));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.getMessage()).contains("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void answerLargerThanTheLimitIsAPermanentFailure() {
        ServiceFailure failure = publishWithin(Duration.ofSeconds(2), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(new byte[ServiceHttp.MAX_BODY + 1]));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("larger than " + ServiceHttp.MAX_BODY + " bytes");
    }

    @Test
    void connectionResetIsATransientFailureWithoutStatus() {
        ServiceFailure failure = publishWithin(Duration.ofSeconds(2), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.status()).isZero();
    }

    /** Publishes through calls that list 127.0.0.1 (WireMock's address): pinned, and allowed to reach it. */
    private static ServiceFailure publishWithin(Duration timeout, ResponseDefinitionBuilder response) {
        lms.reset(timeout, null);
        lms.moodleTokens("moodle-token");
        lms.server.stubFor(post(urlEqualTo(SCORES)).willReturn(response));
        AssignmentGrades grades = new AssignmentGrades(lms.callsResolving(HostLookup.SYSTEM, "127.0.0.1"));
        return catchThrowableOfType(ServiceFailure.class, () -> grades.publish(SELF_REGISTERED, lms.url(ITEM), SCORE));
    }
}
