package dev.deliberate.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.AdminClient.Answer;
import dev.deliberate.testing.IntegrationTestSupport;

/** The operator's platform API: Basic auth, JSON in, JSON or RFC 9457 problems out. */
class PlatformAdminApiTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Value("${deliberate.admin.password}")
    String password;

    private AdminClient operator() {
        return new AdminClient(baseUrl, "admin", password);
    }

    private static String platform(String issuer, String clientId, String jwks) {
        return """
                {"name": "Test Canvas", "issuer": "%s", "clientId": "%s",
                 "authorizationEndpoint": "https://sso.canvaslms.com/api/lti/authorize_redirect",
                 "tokenEndpoint": "https://sso.canvaslms.com/login/oauth2/token",
                 "jwksUri": "%s", "frameOrigins": ["https://*.instructure.com"], "deployments": ["1:abc"]}
                """.formatted(issuer, clientId, jwks);
    }

    @Test
    void withoutCredentialsTheApiAnswersAProblem() {
        Answer answer = new AdminClient(baseUrl, null, null).get("/admin/api/platforms");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).endsWith("/unauthorized");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(new AdminClient(baseUrl, "admin", "guess").get("/admin/api/platforms").status()).isEqualTo(401);
        assertThat(new AdminClient(baseUrl, "root", password).get("/admin/api/platforms").status()).isEqualTo(401);
    }

    @Test
    void anOperatorCreatesReadsUpdatesAndDeletesARegistration() {
        String clientId = "10000000000" + System.nanoTime();
        Answer created = operator().post("/admin/api/platforms",
                platform("https://canvas.instructure.com", clientId, "https://sso.canvaslms.com/api/lti/security/jwks"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).isEqualTo("/admin/api/platforms/" + id);
        assertThat(created.json().get("deployments").get(0).asText()).isEqualTo("1:abc");
        assertThat(created.json().get("source").asText()).isEqualTo("ADMIN_API");
        assertThat(created.json().get("tool").get("loginUrl").asText()).isEqualTo(baseUrl + "/lti/login");

        Answer duplicate = operator().post("/admin/api/platforms",
                platform("https://canvas.instructure.com", clientId, "https://sso.canvaslms.com/api/lti/security/jwks"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asText()).endsWith("/platform-exists");

        Answer updated = operator().put("/admin/api/platforms/" + id,
                platform("https://canvas.instructure.com", clientId, "https://sso.canvaslms.com/api/lti/security/jwks2"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("jwksUri").asText()).endsWith("/jwks2");

        assertThat(operator().post("/admin/api/platforms/" + id + "/deployments", "{\"deploymentId\": \"2:def\"}").status())
                .isEqualTo(201);
        assertThat(operator().post("/admin/api/platforms/" + id + "/deployments", "{\"deploymentId\": \"2:def\"}").status())
                .isEqualTo(200);
        assertThat(operator().get("/admin/api/platforms/" + id).json().get("deployments").toString())
                .isEqualTo("[\"1:abc\",\"2:def\"]");
        assertThat(operator().delete("/admin/api/platforms/" + id + "/deployments/1:abc").status()).isEqualTo(204);
        assertThat(operator().delete("/admin/api/platforms/" + id + "/deployments/1:abc").status()).isEqualTo(404);

        assertThat(operator().get("/admin/api/platforms").body()).contains(clientId);
        assertThat(operator().delete("/admin/api/platforms/" + id).status()).isEqualTo(204);
        assertThat(operator().get("/admin/api/platforms/" + id).status()).isEqualTo(404);
    }

    @Test
    void invalidSettingsAreRefusedWithTheirReasons() {
        Answer answer = operator().post("/admin/api/platforms",
                platform("not a url", "c-" + System.nanoTime(), "ftp://jwks.example.com/keys"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).contains("issuer", "jwksUri must use https");
    }

    @Test
    void missingFieldsAreListed() {
        Answer answer = operator().post("/admin/api/platforms", "{\"issuer\": \"https://lms.example.edu\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").toString()).contains("clientId", "jwksUri", "tokenEndpoint");
    }

    @Test
    void malformedJsonAndWrongMediaTypesAreProblemsNotStackTraces() {
        Answer malformed = operator().post("/admin/api/platforms", "{\"issuer\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception", "at org.");

        Answer form = operator().send("POST", "/admin/api/platforms", "issuer=x", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.contentType()).startsWith("application/problem+json");
    }

    @Test
    void changingTheIdentityOfARegistrationIsRefused() {
        String clientId = "c-" + System.nanoTime();
        long id = operator().post("/admin/api/platforms",
                platform("https://canvas.test.instructure.com", clientId, "https://sso.test.canvaslms.com/api/lti/security/jwks"))
                .json().get("id").asLong();

        Answer answer = operator().put("/admin/api/platforms/" + id,
                platform("https://canvas.test.instructure.com", clientId + "-other", "https://sso.test.canvaslms.com/api/lti/security/jwks"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("cannot change");
    }

    @Test
    void unknownRegistrationsAreNotFound() {
        assertThat(operator().get("/admin/api/platforms/999999").status()).isEqualTo(404);
        assertThat(operator().delete("/admin/api/platforms/999999").status()).isEqualTo(404);
        assertThat(operator().post("/admin/api/platforms/999999/deployments", "{\"deploymentId\": \"x\"}").status()).isEqualTo(404);
    }
}
