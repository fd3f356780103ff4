package dev.deliberate.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;

/** The tool's keys: published with kid, alg and use, rotated through the admin API without downtime. */
class ToolKeyRotationTests extends IntegrationTestSupport {

    @Autowired
    ToolKeyring keyring;

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Value("${deliberate.admin.password}")
    String password;

    @Test
    void everyPublishedKeyHasKidAlgAndUseAndNoPrivatePart() {
        JsonNode keys = jwks();

        assertThat(keys.size()).isGreaterThanOrEqualTo(1);
        for (JsonNode key : keys) {
            assertThat(key.get("kid").asText()).isNotBlank();
            assertThat(key.get("alg").asText()).isEqualTo("RS256");
            assertThat(key.get("use").asText()).isEqualTo("sig");
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.has("d")).isFalse();
            assertThat(key.has("p")).isFalse();
            assertThat(java.util.Base64.getUrlDecoder().decode(key.get("n").asText()).length * 8).isGreaterThanOrEqualTo(2048);
        }
    }

    @Test
    void rotationPublishesTheNextKeyFirstAndKeepsTheOldOneUntilItsTokensExpire() {
        AdminClient operator = new AdminClient(baseUrl, "admin", password);
        String signingBefore = keyring.signingKey().getKeyID();

        String next = operator.post("/admin/api/keys/next", "").json().get("kid").asText();
        assertThat(kids()).contains(signingBefore, next);
        assertThat(keyring.signingKey().getKeyID()).isEqualTo(signingBefore);

        AdminClient.Answer rotated = operator.post("/admin/api/keys/rotate", "");
        assertThat(rotated.json().get("kid").asText()).isEqualTo(next);
        assertThat(keyring.signingKey().getKeyID()).isEqualTo(next);
        assertThat(kids()).contains(signingBefore, next);

        String listing = operator.get("/admin/api/keys").body();
        assertThat(listing).contains(signingBefore, "RETIRING", next, "ACTIVE").doesNotContain("privateKey", "\"d\"");

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        keyring.dropExpired();
        assertThat(kids()).contains(next).doesNotContain(signingBefore);
    }

    private List<String> kids() {
        List<String> kids = new ArrayList<>();
        jwks().forEach(key -> kids.add(key.get("kid").asText()));
        return kids;
    }

    private JsonNode jwks() {
        LaunchClient.Reply reply = new LaunchClient(baseUrl, false).get("/.well-known/jwks.json");
        assertThat(reply.status()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(reply.body()).get("keys");
    }
}
