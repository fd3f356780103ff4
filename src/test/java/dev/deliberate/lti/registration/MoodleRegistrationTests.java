package dev.deliberate.lti.registration;

import static dev.deliberate.lti.registration.TestLms.MOODLE_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.MOODLE_REGISTRATION;
import static dev.deliberate.lti.registration.TestLms.TOOL_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.TOOL_SCOPES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * Dynamic Registration with a Moodle-shaped LMS, end to end against the running tool: Moodle opens
 * {@code /lti/register}, the administrator confirms, the tool registers with the registration
 * token and stores the client_id and the deployment Moodle names.
 */
@ExtendWith(OutputCaptureExtension.class)
class MoodleRegistrationTests extends IntegrationTestSupport {

    private static final String CLIENT_ID = "dTbsbeQ8JqCKP2w";

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestLms moodle;
    String token;
    LaunchClient browser;

    @BeforeEach
    void startMoodle() {
        moodle = new TestLms();
        moodle.serveConfiguration(MOODLE_CONFIGURATION, moodle.moodleConfiguration());
        moodle.answerAsMoodle(CLIENT_ID, "3");
        token = moodle.registrationToken(CLIENT_ID);
        browser = new LaunchClient(baseUrl, false);
    }

    @AfterEach
    void stopMoodle() {
        moodle.close();
    }

    @Test
    void theConfirmationPageNamesTheIssuerAndFamilyAndRegistersNothingYet() {
        Reply page = browser.get("/lti/register?" + LaunchClient.encode(form()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<dd id=\"platform-family\">moodle</dd>",
                "<dd id=\"platform-issuer\" class=\"code\">" + moodle.origin() + "</dd>",
                "<form method=\"post\" action=\"/lti/register\">",
                "name=\"openid_configuration\" value=\"" + moodle.url(MOODLE_CONFIGURATION) + "\"",
                "name=\"registration_token\" value=\"" + token + "\"",
                baseUrl + "/lti/launch");
        assertThat(moodle.configurationFetches(MOODLE_CONFIGURATION)).isEqualTo(1);
        assertThat(moodle.registrations(MOODLE_REGISTRATION)).isEmpty();
        assertThat(registry.findByIssuer(moodle.origin())).isEmpty();
    }

    @Test
    void theLmsBeingRegisteredMayFrameTheRegistrationPagesButNoOtherPage() {
        String unregistered = new LaunchClient(baseUrl, false).get("/").header("Content-Security-Policy").orElseThrow();
        assertThat(unregistered).startsWith("frame-ancestors 'self'").doesNotContain(moodle.origin());

        Reply confirmation = browser.get("/lti/register?" + LaunchClient.encode(form()));
        Reply refusal = browser.get("/lti/register?" + LaunchClient.encode(Map.of("openid_configuration",
                moodle.url("/no-such-configuration"))));
        Reply registered = browser.post("/lti/register", form());

        for (Reply page : List.of(confirmation, refusal, registered)) {
            assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .startsWith("frame-ancestors 'self'").contains(" " + moodle.origin()));
        }
        assertThat(refusal.reason()).contains("CONFIGURATION_UNREACHABLE");
    }

    @Test
    void registeringSendsTheToolsClientMetadataWithTheRegistrationTokenAsBearer() {
        assertThat(browser.post("/lti/register", form()).status()).isEqualTo(200);

        LoggedRequest request = moodle.registrations(MOODLE_REGISTRATION).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = moodle.onlyRegistrationBody(MOODLE_REGISTRATION);
        assertThat(body.get("application_type").asString()).isEqualTo("web");
        assertThat(strings(body.get("response_types"))).containsExactly("id_token");
        assertThat(strings(body.get("grant_types"))).containsExactlyInAnyOrder("implicit", "client_credentials");
        assertThat(body.get("initiate_login_uri").asString()).isEqualTo(baseUrl + "/lti/login");
        assertThat(strings(body.get("redirect_uris"))).containsExactly(baseUrl + "/lti/launch");
        assertThat(body.get("jwks_uri").asString()).isEqualTo(baseUrl + "/.well-known/jwks.json");
        assertThat(body.get("token_endpoint_auth_method").asString()).isEqualTo("private_key_jwt");
        assertThat(body.get("client_name").asString()).isEqualTo("Deliberate");
        // Moodle offers every scope the tool needs, and more (basic outcomes, tool settings) the tool leaves alone
        assertThat(body.get("scope").asString().split(" ")).containsExactlyElementsOf(TOOL_SCOPES);

        JsonNode tool = body.get(TOOL_CONFIGURATION);
        assertThat(tool.get("domain").asString()).isEqualTo(baseUrl.substring("http://".length()));
        assertThat(tool.get("target_link_uri").asString()).isEqualTo(baseUrl + "/lti/launch");
        assertThat(strings(tool.get("claims"))).contains("iss", "sub", "name", "given_name", "family_name", "email", "locale");
        assertThat(tool.get("custom_parameters").isObject()).isTrue();
        assertThat(tool.get("description").asString()).isNotBlank();
        JsonNode deepLinking = message(tool, "LtiDeepLinkingRequest");
        assertThat(strings(deepLinking.get("placements"))).containsExactly("ContentArea");
        assertThat(deepLinking.get("target_link_uri").asString()).isEqualTo(baseUrl + "/lti/launch");
        assertThat(tool.has("https://canvas.instructure.com/lti/privacy_level")).as("no Canvas extension for Moodle").isFalse();
    }

    @Test
    void theUrlsTheToolRegistersAnswerOnTheRunningTool() {
        browser.post("/lti/register", form());
        JsonNode body = moodle.onlyRegistrationBody(MOODLE_REGISTRATION);

        Reply jwks = browser.get(body.get("jwks_uri").asString().substring(baseUrl.length()));
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(TestLms.JSON.readTree(jwks.body()).get("keys").size()).isPositive();
        Reply login = browser.get(body.get("initiate_login_uri").asString().substring(baseUrl.length()) + "?" + LaunchClient.encode(
                Map.of("iss", moodle.origin(), "login_hint", "2", "target_link_uri", baseUrl + "/lti/launch",
                        "client_id", CLIENT_ID, "lti_deployment_id", "3")));
        assertThat(login.status()).as("the login of the new registration redirects to Moodle").isEqualTo(302);
        assertThat(login.header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(moodle.url("/mod/lti/auth.php?")));
    }

    @Test
    void registeringStoresTheClientIdTheEndpointsAndTheDeploymentMoodleNamed(CapturedOutput output) {
        browser.post("/lti/register", form());

        Registration stored = registry.find(moodle.origin(), CLIENT_ID).orElseThrow();
        assertThat(stored.issuer()).isEqualTo(moodle.origin());
        assertThat(stored.authorizationEndpoint()).isEqualTo(moodle.url("/mod/lti/auth.php"));
        assertThat(stored.tokenEndpoint()).isEqualTo(moodle.url("/mod/lti/token.php"));
        assertThat(stored.jwksUri()).isEqualTo(moodle.url("/mod/lti/certs.php"));
        assertThat(stored.tokenAudience()).isNull();
        assertThat(stored.deploymentIds()).containsExactly("3");
        assertThat(stored.adoptsDeployments()).as("Moodle named its deployment: no other is adopted").isFalse();
        assertThat(stored.source()).isEqualTo(PlatformSource.DYNAMIC_REGISTRATION);
        assertThat(stored.frameOrigins()).as("the issuer's origin frames the tool already").isEmpty();
        assertThat(stored.name()).isEqualTo("Moodle · 127.0.0.1");
        assertThat(output.getOut()).contains("Dynamic registration stored iss=" + moodle.origin() + " client_id=" + CLIENT_ID
                + " deployment=3 family=moodle scopes=5");
    }

    @Test
    void theClosingPageSaysMoodleLeavesTheToolPendingAndLoadsTheCloseScript() {
        Reply page = browser.post("/lti/register", form());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(moodle.origin(), CLIENT_ID, "id=\"moodle-pending\"", "“pending”",
                "<button type=\"button\" id=\"close-registration\"");
        assertThat(page.body()).containsPattern("<script src=\"/js/registration-close-[0-9a-f]{32}\\.js\"></script>");
        assertThat(page.body()).doesNotContain("id=\"deployment-later\"");

        Reply script = browser.get("/js/registration-close.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(script.body()).contains("window.opener || window.parent", "postMessage({ subject: 'org.imsglobal.lti.close' }, '*')",
                "getElementById('close-registration')");
    }

    @Test
    void registeringTwiceWithTheSameAnswerKeepsOneRegistration() {
        assertThat(browser.post("/lti/register", form()).status()).isEqualTo(200);
        assertThat(browser.post("/lti/register", form()).status()).isEqualTo(200);

        assertThat(registry.findByIssuer(moodle.origin())).singleElement()
                .satisfies(r -> assertThat(r.deploymentIds()).containsExactly("3"));
    }

    @Test
    void anOlderMoodleThatListsMessageTypesAsStringsStillRegisters() {
        ObjectNode config = moodle.moodleConfiguration();
        ObjectNode platform = (ObjectNode) config.get(TestLms.PLATFORM_CONFIGURATION);
        platform.putArray("messages_supported").add("LtiResourceLinkRequest").add("LtiDeepLinkingRequest");
        platform.putArray("placements").add("AddContentMenu");
        moodle.serveConfiguration(MOODLE_CONFIGURATION, config);

        assertThat(browser.post("/lti/register", form()).status()).isEqualTo(200);

        JsonNode deepLinking = message(moodle.onlyRegistrationBody(MOODLE_REGISTRATION).get(TOOL_CONFIGURATION),
                "LtiDeepLinkingRequest");
        assertThat(deepLinking.has("placements")).as("no placement the platform did not offer").isFalse();
        assertThat(registry.find(moodle.origin(), CLIENT_ID)).isPresent();
    }

    @Test
    void aTokenWithMarkupIsEscapedOnTheConfirmationPage() {
        String hostile = "x\"><script>alert(1)</script>";
        Reply page = browser.get("/lti/register?" + LaunchClient.encode(Map.of("openid_configuration",
                moodle.url(MOODLE_CONFIGURATION), "registration_token", hostile)));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>")
                .contains("value=\"x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
    }

    private Map<String, String> form() {
        return Map.of("openid_configuration", moodle.url(MOODLE_CONFIGURATION), "registration_token", token);
    }

    static JsonNode message(JsonNode toolConfiguration, String type) {
        for (JsonNode message : toolConfiguration.get("messages")) {
            if (type.equals(message.get("type").asString())) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " in " + toolConfiguration.get("messages"));
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
