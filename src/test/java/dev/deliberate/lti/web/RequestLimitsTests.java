package dev.deliberate.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * The endpoints anyone can call and that cost the tool something: {@code /lti/register} (each
 * request makes the tool call out) and the admin API's password check. Here one address gets 3
 * of each per minute; the clock is moved to end the minute.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "deliberate.lti.registration.per-minute=3", "deliberate.admin.failures-per-minute=3" })
class RequestLimitsTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Value("${deliberate.admin.password}")
    String operatorPassword;

    @Test
    void registrationRequestsFromOneAddressAreLimitedPerMinute(CapturedOutput output) {
        LaunchClient browser = new LaunchClient(baseUrl, false);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/lti/register").status()).as("request %d", i + 1).isEqualTo(400);
        }

        Reply limited = browser.post("/lti/register", Map.of("openid_configuration", "https://lms.example.edu/config"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).contains("60");
        assertThat(limited.body()).contains("RATE_LIMITED", "Too many registration attempts");
        assertThat(output).contains("Dynamic registration refused reason=RATE_LIMITED");

        clock.advance(Duration.ofSeconds(61));
        assertThat(browser.get("/lti/register").status()).as("a new minute").isEqualTo(400);
    }

    @Test
    void wrongOperatorPasswordsLockTheAddressOutForTheRestOfTheMinute(CapturedOutput output) {
        LaunchClient client = new LaunchClient(baseUrl, false);
        Map<String, String> wrong = basic("not-the-password");
        Map<String, String> right = basic(operatorPassword);
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/admin/api/platforms").status()).as("no credentials are no guess").isEqualTo(401);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/admin/api/platforms", wrong).status()).as("guess %d", i + 1).isEqualTo(401);
        }

        Reply locked = client.get("/admin/api/platforms", right);

        assertThat(locked.status()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(locked.body()).contains("\"status\":429", "too-many-failures");
        assertThat(output).contains("Admin API refused reason=ADMIN_RATE_LIMITED");
        assertThat(client.get("/actuator/health").status()).as("health stays open to probes").isEqualTo(200);

        clock.advance(Duration.ofSeconds(61));
        assertThat(client.get("/admin/api/platforms", right).status()).as("a new minute").isEqualTo(200);
    }

    @Test
    void withoutAConfiguredProxyForwardedHeadersCannotChangeTheClientsAddress() {
        clock.advance(Duration.ofSeconds(61));
        LaunchClient client = new LaunchClient(baseUrl, false);
        for (int i = 0; i < 3; i++) {
            Map<String, String> spoofed = Map.of("X-Forwarded-For", "198.51.100." + i, "Forwarded", "for=198.51.100." + i,
                    "X-Real-IP", "198.51.100." + i);
            assertThat(client.get("/lti/register", spoofed).status()).as("request %d", i + 1).isEqualTo(400);
        }

        Reply limited = client.get("/lti/register", Map.of("X-Forwarded-For", "192.0.2.1", "Forwarded", "for=192.0.2.1"));

        assertThat(limited.status()).as("a fourth address claimed, the same connection's address counted").isEqualTo(429);
        clock.advance(Duration.ofSeconds(61));
    }

    private static Map<String, String> basic(String password) {
        String pair = "admin:" + password;
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
}
