package dev.deliberate.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/** {@code /lti/config/canvas.json}: the developer key an administrator pastes into Canvas, with this server's URLs. */
class CanvasConfigEndpointTests extends IntegrationTestSupport {

    @Autowired
    ToolDescription tool;

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Test
    void theDeveloperKeyIsServedWithThisServersBaseUrl() {
        Reply reply = new LaunchClient(baseUrl, false).get("/lti/config/canvas.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(reply.setsCookie("")).as("no session for a public document").isFalse();
        JsonNode key = TestLms.JSON.readTree(reply.body());
        assertThat(key.get("oidc_initiation_url").asString()).isEqualTo(baseUrl + "/lti/login");
        assertThat(key.get("target_link_uri").asString()).isEqualTo(baseUrl + "/lti/launch");
        assertThat(key.get("public_jwk_url").asString()).isEqualTo(baseUrl + "/.well-known/jwks.json");
        JsonNode extension = key.get("extensions").get(0);
        assertThat(extension.get("domain").asString()).isEqualTo(baseUrl.substring("http://".length()));
        extension.get("settings").get("placements").forEach(p -> assertThat(p.get("target_link_uri").asString())
                .isEqualTo(baseUrl + "/lti/launch"));
        assertThat(key).isEqualTo(TestLms.JSON.valueToTree(tool.canvasDeveloperKey()));
        assertThat(reply.body()).doesNotContain("deliberate.example.edu");
    }

    @Test
    void theJwksItNamesIsServed() {
        LaunchClient client = new LaunchClient(baseUrl, false);
        String jwks = TestLms.JSON.readTree(client.get("/lti/config/canvas.json").body()).get("public_jwk_url").asString();

        Reply keys = client.get(jwks.substring(baseUrl.length()));

        assertThat(keys.status()).isEqualTo(200);
        assertThat(TestLms.JSON.readTree(keys.body()).get("keys").valueStream().map(k -> k.get("kty").asString()))
                .isNotEmpty().allMatch("RSA"::equals);
    }
}
