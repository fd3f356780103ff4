package dev.deliberate.lti.registration;

import static dev.deliberate.lti.registration.TestLms.MOODLE_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.MOODLE_REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * Every way Dynamic Registration stops: the page names the reason code with its status and says
 * nothing was stored, the log has the same reason code, no registration row appears, and a
 * refusal found in the configuration is found before the platform is asked to register anything.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistrationRefusalTests extends IntegrationTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestLms lms;
    LaunchClient browser;

    @BeforeEach
    void startLms() {
        lms = new TestLms();
        lms.answerAsMoodle("client-never-stored", "3");
        browser = new LaunchClient(baseUrl, false);
    }

    @AfterEach
    void stopLms() {
        lms.close();
    }

    /** A configuration (or configuration URL) the tool must refuse before it registers anywhere. */
    interface Refusal extends Consumer<TestLms> {
    }

    static Stream<Arguments> refusedConfigurations() {
        return Stream.of(
                refused("an issuer on another host", "ISSUER_MISMATCH", 403,
                        config(c -> c.put("issuer", "https://moodle.example.edu"))),
                refused("an issuer on another port of the same host", "ISSUER_MISMATCH", 403,
                        lms -> lms.serveConfiguration(MOODLE_CONFIGURATION, lms.moodleConfiguration()
                                .put("issuer", "http://127.0.0.1:" + IntegrationTestSupport.freePort()))),
                refused("the hosted Canvas issuer served from a loopback host", "ISSUER_MISMATCH", 403,
                        config(c -> c.put("issuer", "https://canvas.instructure.com"))),
                refused("an answer that is not JSON", "CONFIGURATION_INVALID", 502,
                        lms -> lms.serveText(MOODLE_CONFIGURATION, 200, "<html><body>Moodle</body></html>")),
                refused("a JSON array", "CONFIGURATION_INVALID", 502, lms -> lms.serveText(MOODLE_CONFIGURATION, 200, "[]")),
                refused("no registration_endpoint", "CONFIGURATION_INVALID", 502,
                        config(c -> c.remove("registration_endpoint"))),
                refused("no issuer", "CONFIGURATION_INVALID", 502, config(c -> c.remove("issuer"))),
                refused("a registration endpoint on another host", "CONFIGURATION_INVALID", 502,
                        config(c -> c.put("registration_endpoint", "https://collector.example.com/register"))),
                refused("a registration endpoint that is not http(s)", "CONFIGURATION_INVALID", 502,
                        config(c -> c.put("registration_endpoint", "ftp://127.0.0.1/register"))),
                refused("a relative authorization endpoint", "CONFIGURATION_INVALID", 502,
                        config(c -> c.put("authorization_endpoint", "/mod/lti/auth.php"))),
                refused("a token endpoint with a fragment", "CONFIGURATION_INVALID", 502,
                        config(c -> c.put("token_endpoint", c.get("token_endpoint").asString() + "#token"))),
                refused("a JWKS URL that is not a URL", "CONFIGURATION_INVALID", 502,
                        config(c -> c.put("jwks_uri", "certs.php"))),
                refused("client secrets only", "AUTH_METHOD_UNSUPPORTED", 502,
                        config(c -> c.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic"))),
                refused("private_key_jwt without RS256", "AUTH_METHOD_UNSUPPORTED", 502,
                        config(c -> c.putArray("token_endpoint_auth_signing_alg_values_supported").add("ES256"))),
                refused("a configuration answering 404", "CONFIGURATION_UNREACHABLE", 502,
                        lms -> lms.serveText(MOODLE_CONFIGURATION, 404, "<html>Not found</html>")),
                refused("a configuration answering 500", "CONFIGURATION_UNREACHABLE", 502,
                        lms -> lms.serveText(MOODLE_CONFIGURATION, 500, "{}")),
                refused("a redirect, which is never followed", "CONFIGURATION_UNREACHABLE", 502, lms -> {
                    lms.serveConfiguration("/elsewhere.json", lms.moodleConfiguration());
                    lms.redirect(MOODLE_CONFIGURATION, lms.url("/elsewhere.json"));
                }));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("refusedConfigurations")
    void aConfigurationTheToolCannotTrustIsRefusedBeforeThePlatformIsAsked(String why, String reason, int status,
            Refusal setUp, CapturedOutput output) {
        setUp.accept(lms);
        long before = registrations();

        for (Reply reply : new Reply[] { browser.get("/lti/register?" + LaunchClient.encode(form())),
                browser.post("/lti/register", form()) }) {
            assertRefused(reply, reason, status);
        }

        assertThat(lms.registrations(MOODLE_REGISTRATION)).as("the platform was never asked to register").isEmpty();
        assertThat(registrations()).as("nothing stored").isEqualTo(before);
        assertThat(issuerRows("https://moodle.example.edu") + issuerRows(lms.origin())).isZero();
        assertThat(output.getOut()).contains("Dynamic registration refused reason=" + reason);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "no openid_configuration            | CONFIGURATION_MISSING     |",
            "a blank openid_configuration       | CONFIGURATION_MISSING     | '  '",
            "plain http off the loopback        | CONFIGURATION_URL_INVALID | http://moodle.example.edu/mod/lti/openid-configuration.php",
            "a relative URL                     | CONFIGURATION_URL_INVALID | mod/lti/openid-configuration.php",
            "a file URL                         | CONFIGURATION_URL_INVALID | file:///etc/passwd",
            "an ftp URL on the loopback         | CONFIGURATION_URL_INVALID | ftp://127.0.0.1/openid-configuration",
            "not a URL at all                   | CONFIGURATION_URL_INVALID | http://[moodle/openid-configuration" })
    void aRegistrationNotStartedFromAnLmsIsRefusedWith400(String why, String reason, String configurationUrl,
            CapturedOutput output) {
        Map<String, String> form = new LinkedHashMap<>();
        if (configurationUrl != null) {
            form.put("openid_configuration", configurationUrl);
        }
        form.put("registration_token", "token");

        assertRefused(browser.get("/lti/register?" + LaunchClient.encode(form)), reason, 400);
        assertRefused(browser.post("/lti/register", form), reason, 400);
        assertThat(output.getOut()).contains("Dynamic registration refused reason=" + reason);
    }

    @Test
    void aConfigurationOnAClosedPortIsUnreachable() {
        String closed = "http://127.0.0.1:" + IntegrationTestSupport.freePort() + MOODLE_CONFIGURATION;

        assertRefused(browser.get("/lti/register?" + LaunchClient.encode(Map.of("openid_configuration", closed))),
                "CONFIGURATION_UNREACHABLE", 502);
    }

    @ParameterizedTest(name = "registration endpoint answering {0}")
    @CsvSource(delimiter = '|', value = {
            "400 | {\"error\": \"invalid_client_metadata\", \"error_description\": \"Unknown scope\"}",
            "401 | {\"error\": \"invalid_token\"}",
            "500 | <html>Internal error</html>" })
    void aPlatformThatRefusesTheRegistrationLeavesNothingStored(int answer, String body, CapturedOutput output) {
        lms.serveConfiguration(MOODLE_CONFIGURATION, lms.moodleConfiguration());
        lms.answerRegistration(MOODLE_REGISTRATION, answer, body);
        long before = registrations();

        assertRefused(browser.post("/lti/register", form()), "PLATFORM_REFUSED", 502);

        assertThat(lms.registrations(MOODLE_REGISTRATION)).hasSize(1);
        assertThat(registrations()).isEqualTo(before);
        assertThat(output.getOut()).contains("Dynamic registration refused reason=PLATFORM_REFUSED",
                "the registration endpoint answered " + answer);
    }

    @ParameterizedTest(name = "answer {0}")
    @CsvSource(delimiter = '|', value = {
            "without client_id     | {\"application_type\": \"web\", \"https://purl.imsglobal.org/spec/lti-tool-configuration\": {\"deployment_id\": \"3\"}}",
            "with a blank client_id | {\"client_id\": \"  \"}",
            "with a null client_id  | {\"client_id\": null}",
            "that is an HTML page   | <html><body>Registered!</body></html>",
            "that is a JSON array   | [{\"client_id\": \"abc\"}]" })
    void anAnswerWithoutClientIdLeavesNothingStored(String why, String body, CapturedOutput output) {
        lms.serveConfiguration(MOODLE_CONFIGURATION, lms.moodleConfiguration());
        lms.answerRegistration(MOODLE_REGISTRATION, 200, body);
        long before = registrations();

        assertRefused(browser.post("/lti/register", form()), "RESPONSE_INVALID", 502);

        assertThat(registrations()).isEqualTo(before);
        assertThat(output.getOut()).contains("Dynamic registration refused reason=RESPONSE_INVALID");
    }

    private static void assertRefused(Reply reply, String reason, int status) {
        assertThat(reply.status()).as("status of " + reason).isEqualTo(status);
        assertThat(reply.reason()).as("reason code on the page").contains(reason);
        assertThat(reply.body()).contains("Deliberate could not be registered", "Nothing was stored", "Incident");
    }

    private Map<String, String> form() {
        return Map.of("openid_configuration", lms.url(MOODLE_CONFIGURATION), "registration_token", lms.registrationToken("c"));
    }

    private long registrations() {
        return jdbc.sql("SELECT COUNT(*) FROM lti_platform").query(Long.class).single();
    }

    private long issuerRows(String issuer) {
        return jdbc.sql("SELECT COUNT(*) FROM lti_platform WHERE issuer = ?").param(issuer).query(Long.class).single();
    }

    private static Refusal config(Consumer<ObjectNode> change) {
        return lms -> {
            ObjectNode config = lms.moodleConfiguration();
            change.accept(config);
            lms.serveConfiguration(MOODLE_CONFIGURATION, config);
        };
    }

    private static Arguments refused(String why, String reason, int status, Refusal setUp) {
        return Arguments.of(why, reason, status, setUp);
    }
}
