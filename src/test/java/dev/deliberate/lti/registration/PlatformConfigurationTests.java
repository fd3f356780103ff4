package dev.deliberate.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.lti.registration.RegistrationRefused.Reason;

/** Reading a platform's OpenID configuration, and the two checks made on it before registering. */
class PlatformConfigurationTests {

    private static final String MOODLE_SITE = "https://moodle.example.edu";
    private static final String MOODLE_URL = MOODLE_SITE + "/mod/lti/openid-configuration.php";
    private static final String CANVAS_PATH = "/api/lti/security/openid-configuration";

    @Test
    void moodlesConfigurationGivesItsEndpointsFamilyAndDeepLinkingPlacement() {
        PlatformConfiguration moodle = PlatformConfiguration.parse(moodle(MOODLE_SITE).toString());

        assertThat(moodle.issuer()).isEqualTo(MOODLE_SITE);
        assertThat(moodle.authorizationEndpoint()).isEqualTo(MOODLE_SITE + "/mod/lti/auth.php");
        assertThat(moodle.tokenEndpoint()).isEqualTo(MOODLE_SITE + "/mod/lti/token.php");
        assertThat(moodle.jwksUri()).isEqualTo(MOODLE_SITE + "/mod/lti/certs.php");
        assertThat(moodle.registrationEndpoint()).isEqualTo(MOODLE_SITE + "/mod/lti/openid-registration.php");
        assertThat(moodle.scopesSupported()).contains(TestLms.NRPS, "openid");
        assertThat(moodle.authMethods()).containsExactly("private_key_jwt");
        assertThat(moodle.signingAlgorithms()).containsExactly("RS256");
        assertThat(moodle.productFamily()).isEqualTo("moodle");
        assertThat(moodle.accountName()).isNull();
        assertThat(moodle.deepLinkingPlacements()).containsExactly("ContentArea");
        assertThat(moodle.isMoodle()).isTrue();
        assertThat(moodle.isCanvas()).isFalse();
    }

    @Test
    void canvassConfigurationGivesItsAccountNameAndPlacements() {
        PlatformConfiguration canvas = PlatformConfiguration.parse(canvas("https://canvas.instructure.com").toString());

        assertThat(canvas.productFamily()).isEqualTo("canvas");
        assertThat(canvas.isCanvas()).isTrue();
        assertThat(canvas.accountName()).isEqualTo("Test University");
        assertThat(canvas.deepLinkingPlacements()).containsExactly("assignment_selection", "link_selection", "editor_button",
                "submission_type_selection");
        assertThat(canvas.scopesSupported()).contains("https://canvas.instructure.com/lti/public_jwk/scope/update");
    }

    @Test
    void whatEitherPlatformLeavesOutIsOptional() {
        ObjectNode bare = TestLms.JSON.createObjectNode().put("issuer", MOODLE_SITE)
                .put("authorization_endpoint", MOODLE_SITE + "/auth").put("token_endpoint", MOODLE_SITE + "/token")
                .put("jwks_uri", MOODLE_SITE + "/jwks").put("registration_endpoint", MOODLE_SITE + "/register");

        PlatformConfiguration platform = PlatformConfiguration.parse(bare.toString());

        assertThat(platform.scopesSupported()).isEmpty();
        assertThat(platform.authMethods()).isEmpty();
        assertThat(platform.signingAlgorithms()).isEmpty();
        assertThat(platform.productFamily()).isNull();
        assertThat(platform.deepLinkingPlacements()).isEmpty();
        assertThatCode(platform::requirePrivateKeyJwt).as("a platform that does not say is given the benefit of the doubt")
                .doesNotThrowAnyException();
    }

    @Test
    void surroundingWhitespaceInEndpointsIsDropped() {
        PlatformConfiguration platform = PlatformConfiguration.parse(moodle(MOODLE_SITE)
                .put("token_endpoint", "  " + MOODLE_SITE + "/mod/lti/token.php\n").toString());

        assertThat(platform.tokenEndpoint()).isEqualTo(MOODLE_SITE + "/mod/lti/token.php");
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = { "issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint" })
    void aConfigurationWithoutAnEndpointIsInvalid(String field) {
        assertRefused(() -> PlatformConfiguration.parse(withoutField(field)), Reason.CONFIGURATION_INVALID);
        assertRefused(() -> PlatformConfiguration.parse(moodle(MOODLE_SITE).put(field, " ").toString()), Reason.CONFIGURATION_INVALID);
        assertRefused(() -> PlatformConfiguration.parse(moodle(MOODLE_SITE).put(field, 42).toString()), Reason.CONFIGURATION_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "<html>Moodle</html>", "null", "[]", "\"issuer\"", "{\"issuer\": " })
    void anAnswerThatIsNotAJsonObjectIsInvalid(String body) {
        assertRefused(() -> PlatformConfiguration.parse(body), Reason.CONFIGURATION_INVALID);
    }

    @ParameterizedTest(name = "issuer {0} served at {1}")
    @CsvSource({
            "https://moodle.example.edu,          https://moodle.example.edu/mod/lti/openid-configuration.php",
            "https://moodle.example.edu,          https://MOODLE.example.edu/mod/lti/openid-configuration.php",
            "https://moodle.example.edu,          https://moodle.example.edu:443/mod/lti/openid-configuration.php",
            "https://example.edu/moodle,          https://example.edu/moodle/mod/lti/openid-configuration.php",
            "http://127.0.0.1:8081,               http://127.0.0.1:8081/mod/lti/openid-configuration.php" })
    void anIssuerOnTheOriginThatServedTheConfigurationIsAccepted(String issuer, String configurationUrl) {
        assertThatCode(() -> PlatformConfiguration.parse(moodle(issuer).toString()).requireIssuerOf(URI.create(configurationUrl)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "issuer {0} served at {1}")
    @CsvSource({
            "https://moodle.example.edu,          https://evil.example.com/mod/lti/openid-configuration.php",
            "https://moodle.example.edu,          https://moodle.example.edu.evil.example.com/openid-configuration",
            "https://moodle.example.edu,          https://evil.moodle.example.edu/mod/lti/openid-configuration.php",
            "https://moodle.example.edu,          https://moodle.example.edu:8443/mod/lti/openid-configuration.php",
            "https://moodle.example.edu,          http://moodle.example.edu/mod/lti/openid-configuration.php",
            "http://127.0.0.1:8081,               http://127.0.0.1:8082/mod/lti/openid-configuration.php",
            "http://localhost:8081,               http://127.0.0.1:8081/mod/lti/openid-configuration.php" })
    void anIssuerOnAnotherOriginIsRefused(String issuer, String configurationUrl) {
        assertRefused(() -> PlatformConfiguration.parse(moodle(issuer).toString()).requireIssuerOf(URI.create(configurationUrl)),
                Reason.ISSUER_MISMATCH);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "https://canvas.instructure.com,      https://school.instructure.com",
            "https://canvas.beta.instructure.com, https://school.beta.instructure.com",
            "https://canvas.test.instructure.com, https://school.test.instructure.com",
            "https://canvas.instructure.com,      https://sso.canvaslms.com",
            "https://canvas.instructure.com,      https://canvas.instructure.com" })
    void theHostedCanvasIssuerIsAcceptedFromInstructuresOwnHosts(String issuer, String origin) {
        assertThatCode(() -> PlatformConfiguration.parse(canvas(issuer).toString()).requireIssuerOf(URI.create(origin + CANVAS_PATH)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "https://canvas.instructure.com,      https://evil.example.com",
            "https://canvas.instructure.com,      http://school.instructure.com",
            "https://canvas.instructure.com,      https://evilinstructure.com",
            "https://canvas.instructure.com,      https://school.instructure.com.evil.example.com",
            "https://canvas.instructure.com,      http://127.0.0.1:8080",
            "https://canvas.example.com,          https://school.instructure.com" })
    void theHostedCanvasIssuerIsRefusedFromAnyOtherHost(String issuer, String origin) {
        assertRefused(() -> PlatformConfiguration.parse(canvas(issuer).toString()).requireIssuerOf(URI.create(origin + CANVAS_PATH)),
                Reason.ISSUER_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = { "moodle", "urn:moodle:example", "https://" })
    void anIssuerThatIsNotAnAbsoluteUrlIsInvalid(String issuer) {
        assertRefused(() -> PlatformConfiguration.parse(moodle(MOODLE_SITE).put("issuer", issuer).toString())
                .requireIssuerOf(URI.create(MOODLE_URL)), Reason.CONFIGURATION_INVALID);
    }

    @Test
    void aPlatformAcceptingPrivateKeyJwtWithRs256AmongOthersIsAccepted() {
        ObjectNode config = moodle(MOODLE_SITE);
        config.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic").add("private_key_jwt");
        config.putArray("token_endpoint_auth_signing_alg_values_supported").add("ES256").add("RS256");

        assertThatCode(PlatformConfiguration.parse(config.toString())::requirePrivateKeyJwt).doesNotThrowAnyException();
    }

    @Test
    void aPlatformWithoutPrivateKeyJwtOrWithoutRs256IsRefused() {
        ObjectNode secrets = moodle(MOODLE_SITE);
        secrets.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic").add("client_secret_post");
        ObjectNode elliptic = moodle(MOODLE_SITE);
        elliptic.putArray("token_endpoint_auth_signing_alg_values_supported").add("ES256");

        assertRefused(PlatformConfiguration.parse(secrets.toString())::requirePrivateKeyJwt, Reason.AUTH_METHOD_UNSUPPORTED);
        assertRefused(PlatformConfiguration.parse(elliptic.toString())::requirePrivateKeyJwt, Reason.AUTH_METHOD_UNSUPPORTED);
    }

    private static String withoutField(String field) {
        ObjectNode config = moodle(MOODLE_SITE);
        config.remove(field);
        return config.toString();
    }

    private static ObjectNode moodle(String site) {
        return TestLms.moodleConfiguration(site);
    }

    private static ObjectNode canvas(String issuer) {
        return TestLms.canvasConfiguration(issuer);
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegistrationRefused.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }
}
