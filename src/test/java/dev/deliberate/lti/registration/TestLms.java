package dev.deliberate.lti.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.deliberate.testing.TestPlatform;

/**
 * A test LMS for Dynamic Registration, on WireMock at 127.0.0.1 with a port of its own: it serves a
 * Moodle-shaped or Canvas-shaped OpenID configuration and answers at its registration endpoint
 * the way each of them does. Its origin is its issuer, as Moodle's site URL is.
 */
final class TestLms implements AutoCloseable {

    static final String MOODLE_CONFIGURATION = "/mod/lti/openid-configuration.php";
    static final String MOODLE_REGISTRATION = "/mod/lti/openid-registration.php";
    static final String CANVAS_CONFIGURATION = "/api/lti/security/openid-configuration";
    static final String CANVAS_REGISTRATION = "/api/lti/registrations";
    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final List<String> TOOL_SCOPES = List.of(AGS + "lineitem", AGS + "lineitem.readonly", AGS + "result.readonly",
            AGS + "score", NRPS);

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RSAKey TOKEN_KEY = TestPlatform.newKey();

    private final WireMockServer server;

    TestLms() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    int port() {
        return server.port();
    }

    /** Scheme, host and port: Moodle's issuer is its site URL, exactly this. */
    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    String url(String path) {
        return origin() + path;
    }

    /** Moodle 4.3's openid-configuration.php, with this LMS's URLs. */
    ObjectNode moodleConfiguration() {
        return moodleConfiguration(origin());
    }

    /** Moodle 4.3's openid-configuration.php for the site {@code site}. */
    static ObjectNode moodleConfiguration(String site) {
        ObjectNode config = endpoints(site, "/mod/lti/auth.php", "/mod/lti/token.php", "/mod/lti/certs.php", MOODLE_REGISTRATION);
        strings(config.putArray("scopes_supported"), AGS + "lineitem.readonly", AGS + "result.readonly", AGS + "score",
                AGS + "lineitem", NRPS, "https://purl.imsglobal.org/spec/lti-bo/scope/basicoutcome",
                "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting", "openid");
        strings(config.putArray("claims_supported"), "sub", "iss", "name", "given_name", "family_name", "email");
        ObjectNode platform = config.putObject(PLATFORM_CONFIGURATION);
        platform.put("product_family_code", "moodle");
        platform.put("version", "4.3.2 (Build: 20231222)");
        ArrayNode messages = platform.putArray("messages_supported");
        messages.addObject().put("type", "LtiResourceLinkRequest");
        ObjectNode deepLinking = messages.addObject().put("type", "LtiDeepLinkingRequest");
        strings(deepLinking.putArray("placements"), "ContentArea");
        strings(platform.putArray("variables"), "basic-lti-launch-request", "Context.id", "ResourceLink.id", "User.id");
        return config;
    }

    /** A Canvas OpenID configuration as its documentation shows it, with this LMS's URLs. */
    ObjectNode canvasConfiguration() {
        return canvasConfiguration(origin());
    }

    /** A Canvas OpenID configuration as its documentation shows it, for the issuer {@code site}. */
    static ObjectNode canvasConfiguration(String site) {
        ObjectNode config = endpoints(site, "/api/lti/authorize_redirect", "/login/oauth2/token", "/api/lti/security/jwks",
                CANVAS_REGISTRATION);
        strings(config.putArray("scopes_supported"), AGS + "lineitem", AGS + "lineitem.readonly", AGS + "result.readonly",
                AGS + "score", NRPS, "https://canvas.instructure.com/lti/public_jwk/scope/update",
                "https://canvas.instructure.com/lti/account_lookup/scope/show",
                "https://canvas.instructure.com/lti-ags/progress/scope/show");
        config.put("authorization_server", "canvas.instructure.com");
        ObjectNode platform = config.putObject(PLATFORM_CONFIGURATION);
        platform.put("product_family_code", "canvas");
        platform.put("version", "vCloud");
        ArrayNode messages = platform.putArray("messages_supported");
        strings(messages.addObject().put("type", "LtiResourceLinkRequest").putArray("placements"), "account_navigation",
                "course_navigation", "link_selection", "wiki_page_menu");
        strings(messages.addObject().put("type", "LtiDeepLinkingRequest").putArray("placements"), "assignment_selection",
                "link_selection", "editor_button", "submission_type_selection");
        strings(platform.putArray("variables"), "ResourceLink.id", "Canvas.environment.test");
        platform.put("https://canvas.instructure.com/lti/account_name", "Test University");
        platform.put("https://canvas.instructure.com/lti/account_lti_guid", "pNu5F9EoIATW6XqZ33C5tiqomb7bFJ4IGWFoCFy6:canvas-lms");
        return config;
    }

    private static ObjectNode endpoints(String site, String authorization, String token, String jwks, String registration) {
        ObjectNode config = JSON.createObjectNode();
        config.put("issuer", site);
        config.put("authorization_endpoint", site + authorization);
        config.put("token_endpoint", site + token);
        config.put("jwks_uri", site + jwks);
        config.put("registration_endpoint", site + registration);
        strings(config.putArray("token_endpoint_auth_methods_supported"), "private_key_jwt");
        strings(config.putArray("token_endpoint_auth_signing_alg_values_supported"), "RS256");
        strings(config.putArray("response_types_supported"), "id_token");
        strings(config.putArray("id_token_signing_alg_values_supported"), "RS256");
        return config;
    }

    /** Serves a configuration publicly, as Moodle does. */
    void serveConfiguration(String path, JsonNode config) {
        serveText(path, 200, config.toString());
    }

    void serveText(String path, int status, String body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
    }

    void serveHtml(String path, String html) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(html)));
    }

    void redirect(String path, String location) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(302).withHeader("Location", location)));
    }

    /** Serves a configuration only to a caller with the registration token as Bearer, as Canvas does. */
    void serveConfigurationTo(String token, String path, JsonNode config) {
        server.stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"errors\":[{\"message\":\"Invalid access token\"}]}")));
        server.stubFor(get(urlPathEqualTo(path)).atPriority(1).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(config.toString())));
    }

    /** Answers registrations as Moodle does: the client metadata, the client_id, the deployment in the tool configuration. */
    void answerAsMoodle(String clientId, String deploymentId) {
        ObjectNode answer = registrationAnswer(clientId);
        ObjectNode tool = answer.putObject(TOOL_CONFIGURATION);
        tool.put("version", "1.3.0");
        tool.put("deployment_id", deploymentId);
        tool.put("target_link_uri", "http://tool.invalid/lti/launch");
        answerRegistration(MOODLE_REGISTRATION, 200, answer.toString());
    }

    /** Answers registrations as Canvas does: the registration and its client_id, and no deployment. */
    void answerAsCanvas(String clientId) {
        ObjectNode answer = registrationAnswer(clientId);
        answer.putObject(TOOL_CONFIGURATION).put("domain", "tool.invalid");
        answerRegistration(CANVAS_REGISTRATION, 200, answer.toString());
    }

    private static ObjectNode registrationAnswer(String clientId) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("client_id", clientId);
        answer.put("application_type", "web");
        strings(answer.putArray("response_types"), "id_token");
        strings(answer.putArray("grant_types"), "implicit", "client_credentials");
        answer.put("token_endpoint_auth_method", "private_key_jwt");
        return answer;
    }

    void answerRegistration(String path, int status, String body) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** The registration requests the tool sent. */
    List<LoggedRequest> registrations(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    JsonNode onlyRegistrationBody(String path) {
        List<LoggedRequest> requests = registrations(path);
        if (requests.size() != 1) {
            throw new AssertionError("expected one registration request at " + path + ", got " + requests.size());
        }
        return JSON.readTree(requests.get(0).getBodyAsString());
    }

    List<LoggedRequest> configurationRequests(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    int configurationFetches(String path) {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount();
    }

    /** A registration token as Moodle issues one: an RS256 JWT naming the tool's future client_id. */
    String registrationToken(String clientId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(origin()).audience(origin()).subject(clientId)
                .jwtID(UUID.randomUUID().toString()).claim("scope", "reg")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1)))).build();
        return TestPlatform.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TOKEN_KEY.getKeyID()).type(JOSEObjectType.JWT)
                .build(), claims, TOKEN_KEY);
    }

    private static void strings(ArrayNode array, String... values) {
        for (String value : values) {
            array.add(value);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
