package dev.deliberate.lti.registration;

import static dev.deliberate.lti.registration.MoodleRegistrationTests.message;
import static dev.deliberate.lti.registration.MoodleRegistrationTests.strings;
import static dev.deliberate.lti.registration.TestLms.AGS;
import static dev.deliberate.lti.registration.TestLms.CANVAS_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.CANVAS_REGISTRATION;
import static dev.deliberate.lti.registration.TestLms.TOOL_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.TOOL_SCOPES;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * Dynamic Registration with a Canvas-shaped LMS: its configuration is read with the registration
 * token, the tool asks for its Canvas placements and only the scopes Canvas offers, and, since
 * Canvas names no deployment, the registration is stored to adopt the deployment of its first
 * signed launch.
 */
@ExtendWith(OutputCaptureExtension.class)
class CanvasRegistrationTests extends IntegrationTestSupport {

    private static final String CLIENT_ID = "10000000000042";
    private static final String TOKEN = "canvas-registration-token-" + CLIENT_ID;

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestLms canvas;
    LaunchClient browser;

    @BeforeEach
    void startCanvas() {
        canvas = new TestLms();
        canvas.serveConfigurationTo(TOKEN, CANVAS_CONFIGURATION, canvas.canvasConfiguration());
        canvas.answerAsCanvas(CLIENT_ID);
        browser = new LaunchClient(baseUrl, false);
    }

    @AfterEach
    void stopCanvas() {
        canvas.close();
    }

    @Test
    void theConfirmationPageShowsTheCanvasAccountReadWithTheToken() {
        Reply page = browser.get("/lti/register?" + LaunchClient.encode(form()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<dd id=\"platform-family\">canvas</dd>", canvas.origin(), "Test University");
        assertThat(canvas.registrations(CANVAS_REGISTRATION)).isEmpty();
    }

    @Test
    void withoutTheTokenCanvasHidesItsConfigurationAndNothingIsRegistered(CapturedOutput output) {
        Reply page = browser.get("/lti/register?" + LaunchClient.encode(Map.of("openid_configuration",
                canvas.url(CANVAS_CONFIGURATION))));

        assertThat(page.status()).isEqualTo(502);
        assertThat(page.reason()).contains("CONFIGURATION_UNREACHABLE");
        assertThat(output.getOut()).contains("Dynamic registration refused reason=CONFIGURATION_UNREACHABLE",
                canvas.url(CANVAS_CONFIGURATION) + " answered 401");
    }

    @Test
    void registeringSendsTheCanvasPlacementsPrivacyLevelAndTheTokenAsBearer() {
        assertThat(browser.post("/lti/register", form()).status()).isEqualTo(200);

        assertThat(canvas.registrations(CANVAS_REGISTRATION)).singleElement()
                .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        JsonNode body = canvas.onlyRegistrationBody(CANVAS_REGISTRATION);
        assertThat(body.get("initiate_login_uri").asString()).isEqualTo(baseUrl + "/lti/login");
        assertThat(strings(body.get("redirect_uris"))).containsExactly(baseUrl + "/lti/launch");
        assertThat(body.get("token_endpoint_auth_method").asString()).isEqualTo("private_key_jwt");
        JsonNode tool = body.get(TOOL_CONFIGURATION);
        assertThat(tool.get("https://canvas.instructure.com/lti/privacy_level").asString()).isEqualTo("public");
        assertThat(tool.get("https://canvas.instructure.com/lti/tool_id").asString()).isEqualTo("deliberate");
        JsonNode deepLinking = message(tool, "LtiDeepLinkingRequest");
        assertThat(strings(deepLinking.get("placements"))).containsExactly("assignment_selection", "link_selection");
        JsonNode navigation = message(tool, "LtiResourceLinkRequest");
        assertThat(strings(navigation.get("placements"))).containsExactly("course_navigation");
        assertThat(navigation.get("custom_parameters").get("deliberate_placement").asString()).isEqualTo("course_navigation");
        assertThat(navigation.get("https://canvas.instructure.com/lti/visibility").asString()).isEqualTo("admins");
        assertThat(navigation.get("https://canvas.instructure.com/lti/course_navigation/default_enabled").asBoolean()).isTrue();
        assertThat(canvas.configurationRequests(CANVAS_CONFIGURATION)).singleElement()
                .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void theScopesRequestedAreTheToolsOwnAndNeverCanvassExtras() {
        browser.post("/lti/register", form());

        String scope = canvas.onlyRegistrationBody(CANVAS_REGISTRATION).get("scope").asString();
        assertThat(scope.split(" ")).containsExactlyElementsOf(TOOL_SCOPES);
        assertThat(scope).doesNotContain("canvas.instructure.com");
    }

    @Test
    void scopesThePlatformDoesNotOfferAreLeftOut() {
        ObjectNode config = canvas.canvasConfiguration();
        config.putArray("scopes_supported").add(AGS + "score").add(AGS + "lineitem")
                .add("https://canvas.instructure.com/lti/public_jwk/scope/update");
        canvas.serveConfigurationTo(TOKEN, CANVAS_CONFIGURATION, config);

        browser.post("/lti/register", form());

        assertThat(canvas.onlyRegistrationBody(CANVAS_REGISTRATION).get("scope").asString())
                .isEqualTo(AGS + "lineitem " + AGS + "score");
    }

    @Test
    void aPlatformThatListsNoScopesIsAskedForAllTheToolNeeds() {
        ObjectNode config = canvas.canvasConfiguration();
        config.remove("scopes_supported");
        canvas.serveConfigurationTo(TOKEN, CANVAS_CONFIGURATION, config);

        browser.post("/lti/register", form());

        assertThat(canvas.onlyRegistrationBody(CANVAS_REGISTRATION).get("scope").asString().split(" "))
                .containsExactlyElementsOf(TOOL_SCOPES);
    }

    @Test
    void theRegistrationIsStoredWithoutDeploymentAndAdoptsTheFirstOne(CapturedOutput output) {
        Reply page = browser.post("/lti/register", form());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"deployment-later\"", CLIENT_ID).doesNotContain("id=\"moodle-pending\"");
        Registration stored = registry.find(canvas.origin(), CLIENT_ID).orElseThrow();
        assertThat(stored.deploymentIds()).isEmpty();
        assertThat(stored.adoptsDeployments()).isTrue();
        assertThat(stored.acceptsDeployment("1:8865aa05b4b79b64a91a86042e43af5ea8ae79eb")).isTrue();
        assertThat(stored.source()).isEqualTo(PlatformSource.DYNAMIC_REGISTRATION);
        assertThat(stored.name()).isEqualTo("Canvas · Test University");
        assertThat(stored.authorizationEndpoint()).isEqualTo(canvas.url("/api/lti/authorize_redirect"));
        assertThat(stored.tokenEndpoint()).isEqualTo(canvas.url("/login/oauth2/token"));
        assertThat(stored.jwksUri()).isEqualTo(canvas.url("/api/lti/security/jwks"));
        assertThat(output.getOut()).contains("client_id=" + CLIENT_ID + " deployment=(first launch) family=canvas");
    }

    @Test
    void aDeploymentIdOfNullInTheAnswerCountsAsNone() {
        canvas.answerRegistration(CANVAS_REGISTRATION, 201, "{\"client_id\": \"" + CLIENT_ID + "\", \"deployment_id\": null,"
                + " \"" + TOOL_CONFIGURATION + "\": {\"deployment_id\": null}}");

        assertThat(browser.post("/lti/register", form()).status()).isEqualTo(200);

        Registration stored = registry.find(canvas.origin(), CLIENT_ID).orElseThrow();
        assertThat(stored.deploymentIds()).isEmpty();
        assertThat(stored.adoptsDeployments()).isTrue();
    }

    private Map<String, String> form() {
        return Map.of("openid_configuration", canvas.url(CANVAS_CONFIGURATION), "registration_token", TOKEN);
    }
}
