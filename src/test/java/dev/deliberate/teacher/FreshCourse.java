package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestClock;
import dev.deliberate.testing.TestPlatform;

/** A course of its own on a test LMS of its own: real signed launches of a teacher and any students, fresh subs each. */
final class FreshCourse implements AutoCloseable {

    private final String baseUrl;
    private final JdbcClient jdbc;
    private final TestPlatform platform;
    private final String course = "course-" + UUID.randomUUID();
    private final Map<String, String> subs = new java.util.HashMap<>();
    private final Map<String, String[]> people = new java.util.HashMap<>();

    FreshCourse(String baseUrl, PlatformRegistry registry, JdbcClient jdbc, TestClock clock) {
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
        this.platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
    }

    Launched teacher(String name) {
        return launch("user-" + UUID.randomUUID(), name, TestPlatform.INSTRUCTOR);
    }

    Launched student(String name) {
        return launch("user-" + UUID.randomUUID(), name, TestPlatform.LEARNER);
    }

    /** The same person launched again (a new session, e.g. after the clock moved past the old one's end). */
    Launched again(Launched person) {
        String[] who = people.get(person.token());
        return launch(who[0], who[1], who[2]);
    }

    /** The course membership id of a launched person. */
    long membershipId(Launched person) {
        return jdbc.sql("SELECT m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id "
                + "JOIN course_context c ON c.id = m.context_id WHERE p.subject = ? AND p.issuer = ? AND c.lms_context_id = ?")
                .params(sub(person), platform.issuer(), course).query(Long.class).single();
    }

    /** The LMS user id (sub) of a person launched here. */
    String sub(Launched person) {
        return subs.get(person.token());
    }

    private Launched launch(String sub, String name, String role) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", sub);
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        Login login = browser.loginByGet(params);
        var claims = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(sub).claim("name", name)
                .claim(TestPlatform.LTI + "roles", List.of(role))
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "Algebra"))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", "link-drill", "title", "Linear equations"));
        Reply reply = browser.launch(platform.sign(claims.build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String token = reply.header("X-Deliberate-Session").orElseThrow();
        subs.put(token, sub);
        people.put(token, new String[] { sub, name, role });
        return new Launched(browser, reply, token);
    }

    @Override
    public void close() {
        platform.close();
    }
}
