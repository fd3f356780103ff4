package dev.deliberate.lti.registration;

import static dev.deliberate.lti.registration.MoodleRegistrationTests.message;
import static dev.deliberate.lti.registration.MoodleRegistrationTests.strings;
import static dev.deliberate.lti.registration.TestLms.TOOL_CONFIGURATION;
import static dev.deliberate.lti.registration.TestLms.TOOL_SCOPES;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.shared.ToolUrls;

/**
 * How the tool describes itself: the Dynamic Registration request per platform and the Canvas
 * developer key, both built from the base URL, and the committed developer key that must not drift
 * from the code.
 */
class ToolDescriptionTests {

    private static final String BASE = "https://deliberate.example.edu";
    private static final Path COMMITTED_DEVELOPER_KEY = Path.of("lti-config", "canvas", "developer-key.json");

    private final ToolDescription tool = tool(BASE, "Deliberate");

    @Test
    void theCommittedCanvasDeveloperKeyIsTheOneTheCodeBuilds() throws Exception {
        JsonNode committed = TestLms.JSON.readTree(Files.readString(COMMITTED_DEVELOPER_KEY));

        assertThat(json(tool.canvasDeveloperKey()))
                .as("lti-config/canvas/developer-key.json differs from ToolDescription.canvasDeveloperKey(): regenerate the file")
                .isEqualTo(committed);
    }

    @Test
    void theCanvasDeveloperKeyHasWhatCanvasAsksFor() {
        JsonNode key = json(tool.canvasDeveloperKey());

        assertThat(key.get("title").asString()).isEqualTo("Deliberate");
        assertThat(key.get("description").asString()).isNotBlank();
        assertThat(key.get("oidc_initiation_url").asString()).isEqualTo(BASE + "/lti/login");
        assertThat(key.get("target_link_uri").asString()).isEqualTo(BASE + "/lti/launch");
        assertThat(key.get("public_jwk_url").asString()).isEqualTo(BASE + "/.well-known/jwks.json");
        assertThat(strings(key.get("scopes"))).containsExactlyElementsOf(TOOL_SCOPES);
        assertThat(key.get("custom_fields").isObject()).isTrue();
        JsonNode extension = key.get("extensions").get(0);
        assertThat(extension.get("platform").asString()).isEqualTo("canvas.instructure.com");
        assertThat(extension.get("privacy_level").asString()).isEqualTo("public");
        assertThat(extension.get("domain").asString()).isEqualTo("deliberate.example.edu");
        assertThat(placements(extension.get("settings").get("placements"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "assignment_selection", "LtiDeepLinkingRequest",
                "link_selection", "LtiDeepLinkingRequest",
                "course_navigation", "LtiResourceLinkRequest"));
        for (JsonNode placement : extension.get("settings").get("placements")) {
            assertThat(placement.get("target_link_uri").asString()).isEqualTo(BASE + "/lti/launch");
        }
    }

    @Test
    void theCanvasRegistrationRequestAndTheDeveloperKeyDescribeTheSameTool() {
        JsonNode key = json(tool.canvasDeveloperKey());
        JsonNode extension = key.get("extensions").get(0);
        JsonNode request = json(tool.registrationRequest(canvas(), ToolDescription.SCOPES));
        JsonNode configuration = request.get(TOOL_CONFIGURATION);

        Map<String, String> registered = new HashMap<>();
        for (JsonNode message : configuration.get("messages")) {
            strings(message.get("placements")).forEach(p -> registered.put(p, message.get("type").asString()));
        }
        assertThat(registered).isEqualTo(placements(extension.get("settings").get("placements")));
        assertThat(configuration.get("https://canvas.instructure.com/lti/privacy_level").asString())
                .isEqualTo(extension.get("privacy_level").asString());
        assertThat(configuration.get("https://canvas.instructure.com/lti/tool_id").asString())
                .isEqualTo(extension.get("tool_id").asString());
        assertThat(configuration.get("domain")).isEqualTo(extension.get("domain"));
        assertThat(request.get("initiate_login_uri")).isEqualTo(key.get("oidc_initiation_url"));
        assertThat(request.get("jwks_uri")).isEqualTo(key.get("public_jwk_url"));
        assertThat(List.of(request.get("scope").asString().split(" "))).isEqualTo(strings(key.get("scopes")));
        assertThat(message(configuration, "LtiResourceLinkRequest").get("custom_parameters"))
                .isEqualTo(placementNamed(extension, "course_navigation").get("custom_fields"));
    }

    @Test
    void theRegistrationRequestHasEveryFieldOfLtiDr() {
        JsonNode request = json(tool.registrationRequest(moodle(List.of("ContentArea")), TOOL_SCOPES));

        assertThat(request.get("application_type").asString()).isEqualTo("web");
        assertThat(strings(request.get("response_types"))).containsExactly("id_token");
        assertThat(strings(request.get("grant_types"))).containsExactly("implicit", "client_credentials");
        assertThat(request.get("initiate_login_uri").asString()).isEqualTo(BASE + "/lti/login");
        assertThat(strings(request.get("redirect_uris"))).containsExactly(BASE + "/lti/launch");
        assertThat(request.get("jwks_uri").asString()).isEqualTo(BASE + "/.well-known/jwks.json");
        assertThat(request.get("token_endpoint_auth_method").asString()).isEqualTo("private_key_jwt");
        assertThat(request.get("client_name").asString()).isEqualTo("Deliberate");
        assertThat(request.get("scope").asString()).isEqualTo(String.join(" ", TOOL_SCOPES));
        JsonNode configuration = request.get(TOOL_CONFIGURATION);
        assertThat(configuration.get("domain").asString()).isEqualTo("deliberate.example.edu");
        assertThat(configuration.get("target_link_uri").asString()).isEqualTo(BASE + "/lti/launch");
        assertThat(strings(configuration.get("claims"))).containsExactlyElementsOf(ToolDescription.CLAIMS);
        assertThat(configuration.get("custom_parameters").isObject()).isTrue();
        assertThat(strings(message(configuration, "LtiDeepLinkingRequest").get("placements"))).containsExactly("ContentArea");
    }

    @Test
    void onlyTheScopesGivenAreRequested() {
        JsonNode request = json(tool.registrationRequest(moodle(List.of()), List.of(TestLms.NRPS)));

        assertThat(request.get("scope").asString()).isEqualTo(TestLms.NRPS);
    }

    @Test
    void aPlatformOfferingOtherDeepLinkingPlacementsGetsThose() {
        JsonNode request = json(tool.registrationRequest(moodle(List.of("editor_button", "ContentItemSelection")), TOOL_SCOPES));

        assertThat(strings(message(request.get(TOOL_CONFIGURATION), "LtiDeepLinkingRequest").get("placements")))
                .containsExactly("editor_button", "ContentItemSelection");
    }

    @Test
    void aPlatformNamingNoPlacementGetsNone() {
        ObjectNode config = TestLms.moodleConfiguration(BASE);
        config.putObject(TestLms.PLATFORM_CONFIGURATION).putArray("messages_supported").addObject()
                .put("type", "LtiDeepLinkingRequest");
        JsonNode request = json(tool.registrationRequest(PlatformConfiguration.parse(config.toString()), TOOL_SCOPES));

        JsonNode deepLinking = message(request.get(TOOL_CONFIGURATION), "LtiDeepLinkingRequest");
        assertThat(deepLinking.has("placements")).isFalse();
        assertThat(request.get(TOOL_CONFIGURATION).get("messages")).hasSize(1);
    }

    @Test
    void theToolNameComesFromTheSettings() {
        ToolDescription named = tool(BASE, "Deliberate (staging)");

        assertThat(json(named.registrationRequest(moodle(List.of()), TOOL_SCOPES)).get("client_name").asString())
                .isEqualTo("Deliberate (staging)");
        assertThat(json(named.canvasDeveloperKey()).get("title").asString()).isEqualTo("Deliberate (staging)");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://deliberate.example.edu,       deliberate.example.edu",
            "https://deliberate.example.edu/,      deliberate.example.edu",
            "https://deliberate.example.edu:8443,  deliberate.example.edu:8443",
            "http://localhost:8080,                localhost:8080",
            "https://example.edu/deliberate,       example.edu" })
    void theDomainIsTheHostAndAnyPortThatIsNotTheDefault(String base, String domain) {
        ToolDescription described = tool(base, "Deliberate");

        assertThat(described.domain()).isEqualTo(domain);
        assertThat(described.loginUrl()).isEqualTo(base.replaceAll("/$", "") + "/lti/login");
    }

    static ToolDescription tool(String base, String name) {
        return new ToolDescription(new ToolUrls(URI.create(base)), new RegistrationProperties(true, List.of(), name, 20, List.of()));
    }

    private static PlatformConfiguration canvas() {
        return PlatformConfiguration.parse(TestLms.canvasConfiguration("https://canvas.instructure.com").toString());
    }

    private static PlatformConfiguration moodle(List<String> deepLinkingPlacements) {
        return new PlatformConfiguration(BASE, BASE + "/auth", BASE + "/token", BASE + "/jwks", BASE + "/register", List.of(),
                List.of(), List.of(), "moodle", null, deepLinkingPlacements);
    }

    private static JsonNode json(Object value) {
        return TestLms.JSON.valueToTree(value);
    }

    private static Map<String, String> placements(JsonNode placements) {
        return placements.valueStream().collect(Collectors.toMap(p -> p.get("placement").asString(),
                p -> p.get("message_type").asString()));
    }

    private static JsonNode placementNamed(JsonNode extension, String name) {
        Set<JsonNode> found = extension.get("settings").get("placements").valueStream()
                .filter(p -> name.equals(p.get("placement").asString())).collect(Collectors.toSet());
        assertThat(found).hasSize(1);
        return found.iterator().next();
    }
}
