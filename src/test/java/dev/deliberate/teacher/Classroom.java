package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/** People launched from a {@link TestPlatform} into a course and assignment of its own, with their browser and session token. */
record Classroom(String baseUrl, TestPlatform platform, String course, JdbcClient jdbc) {

    /** Launches {@code sub} into {@code link} of the course with {@code role}. */
    Person launch(String sub, String role, String name, String link) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", sub);
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        Login login = browser.loginByGet(params);
        var claims = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(sub).claim("name", name)
                .claim(TestPlatform.LTI + "roles", List.of(role)).claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "Algebra"))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", link, "title", "Practice " + link));
        Reply reply = browser.launch(platform.sign(claims.build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        long membership = jdbc.sql("SELECT m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id "
                + "JOIN course_context c ON c.id = m.context_id WHERE p.subject = ? AND p.issuer = ? AND c.lms_context_id = ?")
                .params(sub, platform.issuer(), course).query(Long.class).single();
        return new Person(browser, reply.header("X-Deliberate-Session").orElseThrow(), sub, membership);
    }

    /** A launched person. */
    record Person(LaunchClient browser, String token, String sub, long membershipId) {

        Map<String, String> htmx() {
            return Map.of("X-Deliberate-Session", token, "HX-Request", "true");
        }

        Reply get(String path) {
            return browser.get(path, htmx());
        }

        Reply post(String path, Map<String, String> form) {
            return browser.post(path, form, htmx());
        }
    }
}
