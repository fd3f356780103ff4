package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import dev.deliberate.demoplatform.DemoHttp.Answer;
import dev.deliberate.demoplatform.TestTool.Registration;
import dev.deliberate.testing.IntegrationTestSupport;

/** The platform side of LTI Dynamic Registration 1.0, driven over HTTP by a tool of our own. */
class DynamicRegistrationTests extends IntegrationTestSupport {

    static final String ALL_SCOPES = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly "
            + "https://purl.imsglobal.org/spec/lti-ags/scope/score "
            + "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    @Value("${deliberate.demo.base-url}")
    String demoUrl;

    TestTool tool;

    @BeforeEach
    void tool() {
        tool = TestTool.unregistered(demoUrl, clock);
    }

    @AfterEach
    void close() {
        tool.close();
    }

    @Test
    void openIdConfigurationDescribesThePlatformForRegistration() {
        Registration registration = tool.startRegistration();
        assertThat(registration.openidConfiguration()).isEqualTo(demoUrl + "/demo/.well-known/openid-configuration");

        JsonNode config = tool.http().get(registration.openidConfiguration(), Map.of()).json();

        assertThat(config.get("issuer").stringValue()).isEqualTo(demoUrl + "/demo");
        assertThat(config.get("authorization_endpoint").stringValue()).isEqualTo(demoUrl + "/demo/authorize");
        assertThat(config.get("token_endpoint").stringValue()).isEqualTo(demoUrl + "/demo/token");
        assertThat(config.get("jwks_uri").stringValue()).isEqualTo(demoUrl + "/demo/jwks");
        assertThat(config.get("registration_endpoint").stringValue()).isEqualTo(demoUrl + "/demo/registration");
        assertThat(texts(config.get("scopes_supported"))).contains("openid").contains(ALL_SCOPES.split(" "));
        assertThat(texts(config.get("response_types_supported"))).containsExactly("id_token");
        assertThat(texts(config.get("id_token_signing_alg_values_supported"))).contains("RS256");
        assertThat(texts(config.get("subject_types_supported"))).contains("public");
        assertThat(texts(config.get("token_endpoint_auth_methods_supported"))).containsExactly("private_key_jwt");
        assertThat(texts(config.get("token_endpoint_auth_signing_alg_values_supported"))).contains("RS256");
        assertThat(texts(config.get("claims_supported"))).contains("iss", "sub", "name", "email");
        JsonNode lti = config.get("https://purl.imsglobal.org/spec/lti-platform-configuration");
        assertThat(lti.get("product_family_code").stringValue()).isEqualTo("deliberate-demo");
        assertThat(lti.get("version").stringValue()).isNotBlank();
        assertThat(lti.get("messages_supported").values()).extracting(m -> m.get("type").stringValue())
                .containsExactlyInAnyOrder("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
    }

    @Test
    void registrationWithAValidTokenCreatesAClientWithItsOwnDeployment() {
        Registration registration = tool.startRegistration();

        Answer answer = tool.register(registration.registrationToken(), tool.registrationRequest(ALL_SCOPES));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode body = answer.json();
        String clientId = body.get("client_id").stringValue();
        assertThat(clientId).startsWith("demo-client-");
        assertThat(body.get(TestTool.LTI_TOOL_CONFIGURATION).get("deployment_id").stringValue()).startsWith("demo-deployment-");
        assertThat(body.get("client_name").stringValue()).startsWith("Test tool");
        assertThat(body.get("jwks_uri").stringValue()).isEqualTo(tool.origin() + "/jwks");
        assertThat(body.get("scope").stringValue().split(" ")).containsExactlyInAnyOrder(ALL_SCOPES.split(" "));
        assertThat(tool.http().get(demoUrl + "/demo/tools", Map.of()).body()).contains("data-client-id=\"" + clientId + "\"");
    }

    @Test
    void registrationGrantsOnlyTheAdvantageScopesItOffers() {
        Answer answer = tool.register(tool.startRegistration().registrationToken(), tool.registrationRequest(
                "https://purl.imsglobal.org/spec/lti-ags/scope/score https://example.com/scope/everything"));

        assertThat(answer.json().get("scope").stringValue()).isEqualTo("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    }

    @Test
    void registrationWithAUsedTokenIsRefused() {
        String token = tool.startRegistration().registrationToken();
        assertThat(tool.register(token, tool.registrationRequest(ALL_SCOPES)).status()).isEqualTo(200);

        Answer again = tool.register(token, tool.registrationRequest(ALL_SCOPES));

        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().get("error").stringValue()).isEqualTo("invalid_token");
        assertThat(again.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void registrationWithoutATokenIsRefused() {
        Answer answer = tool.register(null, tool.registrationRequest(ALL_SCOPES));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").stringValue()).isEqualTo("invalid_token");
    }

    @Test
    void registrationWithAMadeUpTokenIsRefused() {
        assertThat(tool.register("made-up-token", tool.registrationRequest(ALL_SCOPES)).status()).isEqualTo(401);
    }

    @Test
    void registrationWithAnExpiredTokenIsRefused() {
        String token = tool.startRegistration().registrationToken();
        clock.advance(Duration.ofHours(2));

        assertThat(tool.register(token, tool.registrationRequest(ALL_SCOPES)).status()).isEqualTo(401);
    }

    @Test
    void registrationWithoutPrivateKeyJwtIsRefusedAndKeepsTheToken() {
        String token = tool.startRegistration().registrationToken();
        Map<String, Object> request = tool.registrationRequest(ALL_SCOPES);
        request.put("token_endpoint_auth_method", "client_secret_basic");

        Answer answer = tool.register(token, request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").stringValue()).isEqualTo("invalid_client_metadata");
        assertThat(answer.json().get("error_description").stringValue()).contains("private_key_jwt");
        assertThat(tool.register(token, tool.registrationRequest(ALL_SCOPES)).status()).isEqualTo(200);
    }

    @Test
    void registrationWithARedirectUriOffTheToolsDomainIsRefused() {
        Map<String, Object> request = tool.registrationRequest(ALL_SCOPES);
        request.put("redirect_uris", List.of("https://elsewhere.example.com/launch"));

        Answer answer = tool.register(tool.startRegistration().registrationToken(), request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error_description").stringValue()).contains("not on the tool's domain");
    }

    private static List<String> texts(JsonNode array) {
        return array.values().stream().map(JsonNode::stringValue).toList();
    }
}
