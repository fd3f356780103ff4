package dev.deliberate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/** What an operator's Prometheus reads at /actuator/prometheus, and that only the operator reads it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTests extends IntegrationTestSupport {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Value("${deliberate.admin.password}")
    String operatorPassword;

    @Autowired
    PlatformRegistry registry;

    TestPlatform lms;

    @BeforeAll
    void registerPlatform() {
        lms = TestPlatform.create(clock);
        registry.save(lms.settings(), PlatformSource.ADMIN_API);
    }

    @AfterAll
    void stopPlatform() {
        lms.close();
    }

    @Test
    void launchesAttemptsAndRefusalsAreCountedForTheOperatorOnly() {
        double acceptedBefore = value("deliberate_launches_total{outcome=\"accepted\",reason=\"NONE\",role=\"STUDENT\"}");
        double refusedBefore = value("deliberate_launches_total{outcome=\"refused\",reason=\"STATE_NOT_BOUND\",role=\"NONE\"}");
        double wrongBefore = value("deliberate_attempts_total{misconception=\"none\",verdict=\"MISTAKE\"}");
        double feedbackBefore = value("deliberate_feedback_seconds_count");

        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(lms.loginParameters(baseUrl));
        JWTClaimsSet claims = lms.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(TestPlatform.LTI + "context", Map.of("id", "course-" + UUID.randomUUID(), "label", "ALG", "title", "Algebra"))
                .build();
        Reply landing = browser.launch(lms.sign(claims), login.state());
        assertThat(landing.status()).isEqualTo(200);
        Map<String, String> htmx = Map.of("X-Deliberate-Session", landing.header("X-Deliberate-Session").orElseThrow(), "HX-Request", "true");
        Reply problem = browser.post("/student/interests", Map.of(), htmx);
        Matcher item = ITEM.matcher(problem.body());
        assertThat(item.find()).isTrue();
        browser.post("/student/attempts", Map.of("itemId", item.group(1), "answer", "x = 98765"), htmx);
        LaunchClient stranger = new LaunchClient(baseUrl, false);
        Login strangerLogin = stranger.loginByGet(lms.loginParameters(baseUrl));
        JWTClaimsSet strangerClaims = lms.launchClaims(strangerLogin.nonce(), baseUrl + "/lti/launch").build();
        assertThat(stranger.launch(lms.sign(strangerClaims), strangerLogin.state()).status()).isEqualTo(400);

        assertThat(value("deliberate_launches_total{outcome=\"accepted\",reason=\"NONE\",role=\"STUDENT\"}")).isEqualTo(acceptedBefore + 1);
        assertThat(value("deliberate_launches_total{outcome=\"refused\",reason=\"STATE_NOT_BOUND\",role=\"NONE\"}"))
                .isEqualTo(refusedBefore + 1);
        assertThat(value("deliberate_attempts_total{misconception=\"none\",verdict=\"MISTAKE\"}")).isEqualTo(wrongBefore + 1);
        assertThat(value("deliberate_feedback_seconds_count")).as("feedback latency timed").isEqualTo(feedbackBefore + 1);
        assertThat(scrape()).contains("http_server_requests_seconds_count{", "uri=\"/student/attempts\"",
                "deliberate_feedback_seconds_bucket{le=");
        assertThat(new LaunchClient(baseUrl, false).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(new LaunchClient(baseUrl, false).get("/actuator/health/readiness").body()).contains("UP");
    }

    private double value(String series) {
        for (String line : scrape().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }

    private String scrape() {
        String basic = Base64.getEncoder().encodeToString(("admin:" + operatorPassword).getBytes(StandardCharsets.UTF_8));
        Reply reply = new LaunchClient(baseUrl, false).get("/actuator/prometheus", Map.of("Authorization", "Basic " + basic));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }
}
