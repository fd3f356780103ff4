package dev.deliberate.lti.registration;

import static dev.deliberate.lti.registration.TestLms.MOODLE_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.MOODLE_REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * A server whose operator lists the LMS hosts that may register: 127.0.0.1 is not among them here,
 * localhost is. A host not listed is refused before its configuration is even read.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "deliberate.lti.registration.allowed-hosts=localhost,*.instructure.com")
class RegistrationAllowedHostsTests extends IntegrationTestSupport {

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestLms lms;

    @BeforeEach
    void startLms() {
        lms = new TestLms();
        lms.answerAsMoodle("allowed-client", "1");
    }

    @AfterEach
    void stopLms() {
        lms.close();
    }

    @Test
    void aHostNotListedIsRefusedWithoutReadingItsConfiguration(CapturedOutput output) {
        lms.serveConfiguration(MOODLE_CONFIGURATION, lms.moodleConfiguration());
        Map<String, String> form = Map.of("openid_configuration", lms.url(MOODLE_CONFIGURATION), "registration_token", "t");
        LaunchClient browser = new LaunchClient(baseUrl, false);

        for (Reply reply : new Reply[] { browser.get("/lti/register?" + LaunchClient.encode(form)),
                browser.post("/lti/register", form) }) {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.reason()).contains("HOST_NOT_ALLOWED");
            assertThat(reply.body()).contains("deliberate.lti.registration.allowed-hosts");
        }
        assertThat(lms.configurationFetches(MOODLE_CONFIGURATION)).isZero();
        assertThat(lms.registrations(MOODLE_REGISTRATION)).isEmpty();
        assertThat(registry.findByIssuer(lms.origin())).isEmpty();
        assertThat(output.getOut()).contains("Dynamic registration refused reason=HOST_NOT_ALLOWED",
                "127.0.0.1 is not in deliberate.lti.registration.allowed-hosts");
    }

    @Test
    void aListedHostRegisters() {
        String site = "http://localhost:" + lms.port();
        lms.serveConfiguration(MOODLE_CONFIGURATION, TestLms.moodleConfiguration(site));

        Reply registered = new LaunchClient(baseUrl, false).post("/lti/register", Map.of(
                "openid_configuration", site + MOODLE_CONFIGURATION, "registration_token", "t"));

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registry.find(site, "allowed-client")).hasValueSatisfying(r -> assertThat(r.deploymentIds()).containsExactly("1"));
    }
}
