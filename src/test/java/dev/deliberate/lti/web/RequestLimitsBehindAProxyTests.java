package dev.deliberate.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;

/**
 * The tool behind a reverse proxy, as docs/operations.md tells operators to run it: with
 * {@code server.forward-headers-strategy=native} the container takes the client's address from the
 * {@code X-Forwarded-For} its trusted proxy (here every request comes from 127.0.0.1, which
 * Tomcat trusts as an internal proxy by default) appended, so the limits apply per client, and a
 * client cannot escape them by writing addresses of its own in front of the proxy's entry.
 */
@TestPropertySource(properties = { "server.forward-headers-strategy=native", "deliberate.lti.registration.per-minute=3",
        "deliberate.admin.failures-per-minute=3" })
class RequestLimitsBehindAProxyTests extends IntegrationTestSupport {

    private static final String CLIENT_A = "198.51.100.7";
    private static final String CLIENT_B = "198.51.100.8";

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Value("${deliberate.admin.password}")
    String operatorPassword;

    @Test
    void registrationLimitIsPerForwardedClientAndASpoofedEntryDoesNotReset() {
        LaunchClient proxy = new LaunchClient(baseUrl, false);
        for (int i = 0; i < 3; i++) {
            // the client wrote an address of its own; the proxy appended the one it saw
            Map<String, String> forwarded = Map.of("X-Forwarded-For", "203.0.113." + i + ", " + CLIENT_A);
            assertThat(proxy.get("/lti/register", forwarded).status()).as("request %d of client A", i + 1).isEqualTo(400);
        }

        assertThat(proxy.get("/lti/register", Map.of("X-Forwarded-For", "203.0.113.99, " + CLIENT_A)).status())
                .as("client A, whatever it writes in front").isEqualTo(429);
        assertThat(proxy.get("/lti/register", Map.of("X-Forwarded-For", CLIENT_B)).status())
                .as("client B behind the same proxy").isEqualTo(400);
    }

    @Test
    void wrongPasswordsLockOutOnlyTheForwardedClientThatSentThem() {
        LaunchClient proxy = new LaunchClient(baseUrl, false);
        Map<String, String> fromA = Map.of("X-Forwarded-For", "192.0.2.10", "Authorization", basic("not-the-password"));
        for (int i = 0; i < 3; i++) {
            assertThat(proxy.get("/admin/api/platforms", fromA).status()).as("guess %d", i + 1).isEqualTo(401);
        }

        assertThat(proxy.get("/admin/api/platforms", Map.of("X-Forwarded-For", "192.0.2.10", "Authorization",
                basic(operatorPassword))).status()).as("client A waits").isEqualTo(429);
        assertThat(proxy.get("/admin/api/platforms", Map.of("X-Forwarded-For", "192.0.2.11", "Authorization",
                basic(operatorPassword))).status()).as("another client behind the proxy").isEqualTo(200);
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }
}
