package dev.deliberate.teacher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * The course roster from NRPS as the teacher sees it: read after a teacher's launch across pages,
 * students who never launched shown as not started, refreshed on demand at most once a minute,
 * and clear messages when the platform has no roster service or fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterTests extends IntegrationTestSupport {

    private static final String LTI = TestPlatform.LTI;
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String LEARNER = TestPlatform.LEARNER;
    private static final AtomicLong COURSES = new AtomicLong(100);

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform canvas;

    @BeforeAll
    void register() {
        canvas = TestPlatform.create(clock);
        registry.save(canvas.settingsWithServices(), PlatformSource.ADMIN_API);
        canvas.server().stubFor(post("/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"nrps-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    @AfterAll
    void stop() {
        canvas.close();
    }

    @Test
    void aTeacherLaunchReadsEveryPageAndStudentsWhoNeverLaunchedAreNotStarted() {
        String roster = "/api/lti/courses/" + COURSES.incrementAndGet() + "/names_and_roles";
        canvas.server().stubFor(get(urlPathEqualTo(roster)).withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(page(List.of(member("u1", "Amara Okafor"), member("u2", "Ben Hoffmann"), member("u3", "Camila Reyes")),
                        "<" + canvas.url(roster + "?page=2") + ">; rel=\"next\"")));
        canvas.server().stubFor(get(urlPathEqualTo(roster)).withQueryParam("page", equalTo("2"))
                .willReturn(page(List.of(member("u4", "Dara O'Neill & Co <b>"), member("u5", "Elif Yılmaz")), null)));
        String course = "course-" + UUID.randomUUID();

        Teacher teacher = launchTeacher(course, roster);

        await().atMost(Duration.ofSeconds(10)).until(() -> rosterMembers(course) == 5);
        Reply home = teacher.get("/teacher");
        assertThat(home.body()).contains("Amara Okafor", "Elif Yılmaz", "5 students").contains("not started")
                .as("names from the LMS are escaped (the class table's template leaves an apostrophe in text as it is: harmless there)")
                .contains("Dara O'Neill &amp; Co &lt;b&gt;").doesNotContain("<b>");
        assertThat(canvas.server().findAll(getRequestedFor(urlPathEqualTo(roster))).get(0).getQueryParams().get("role").firstValue())
                .as("only students are asked for").isEqualTo(LEARNER);
        assertThat(canvas.server().findAll(getRequestedFor(urlPathEqualTo(roster))))
                .allSatisfy(r -> assertThat(r.getHeader("Accept")).isEqualTo("application/vnd.ims.lti-nrps.v2.membershipcontainer+json"));
    }

    @Test
    void theFirstTeacherLaunchOfACourseShowsTheWholeRosterAtOnce() {
        String roster = "/api/lti/courses/" + COURSES.incrementAndGet() + "/names_and_roles";
        canvas.server().stubFor(get(urlPathEqualTo(roster)).willReturn(page(List.of(member("t1", "Kofi Mensah"),
                member("t2", "Lena Vogel")), null)));

        Reply firstPage = launchTeacherPage("course-" + UUID.randomUUID(), roster);

        assertThat(firstPage.body()).contains("Kofi Mensah", "Lena Vogel", "2 students", "not started");
    }

    @Test
    void onDemandRefreshIsLimitedToOnceAMinute() {
        String roster = "/api/lti/courses/" + COURSES.incrementAndGet() + "/names_and_roles";
        canvas.server().stubFor(get(urlPathEqualTo(roster)).willReturn(page(List.of(member("v1", "Fatima Haddad")), null)));
        String course = "course-" + UUID.randomUUID();
        Teacher teacher = launchTeacher(course, roster);
        await().atMost(Duration.ofSeconds(10)).until(() -> rosterMembers(course) == 1);

        Reply tooSoon = teacher.post("/teacher/roster");
        assertThat(tooSoon.body()).as("no 'try again' over a list that is already whole")
                .contains("The roster was read from the LMS less than a minute ago: the list below is what it sent.", "Fatima Haddad")
                .doesNotContain("try again shortly");

        canvas.server().stubFor(get(urlPathEqualTo(roster)).willReturn(page(List.of(member("v1", "Fatima Haddad"),
                member("v2", "Grace Nakamura")), null)));
        clock.advance(Duration.ofSeconds(61));
        Reply refreshed = teacher.post("/teacher/roster");
        assertThat(refreshed.body()).contains("The roster was read again from the LMS.", "Grace Nakamura", "2 students");
        assertThat(canvas.server().findAll(getRequestedFor(urlPathEqualTo(roster)))).hasSize(2);
    }

    @Test
    void aFailingOrMissingRosterServiceIsExplainedToTheTeacher() {
        String roster = "/api/lti/courses/" + COURSES.incrementAndGet() + "/names_and_roles";
        canvas.server().stubFor(get(urlPathEqualTo(roster)).willReturn(aResponse().withStatus(500)));
        Teacher teacher = launchTeacher("course-" + UUID.randomUUID(), roster);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> canvas.server().findAll(getRequestedFor(urlPathEqualTo(roster))).size() == 1);
        clock.advance(Duration.ofSeconds(61));

        assertThat(teacher.post("/teacher/roster").body()).contains("The LMS did not answer with the roster just now");

        Teacher withoutNrps = launchTeacher("course-" + UUID.randomUUID(), null);
        assertThat(withoutNrps.post("/teacher/roster").body()).contains("does not share the course roster");
    }

    @Test
    void aDifferencesLinkThePlatformNoLongerKnowsIsForgottenAndTheWholeRosterReadAgain() {
        String roster = "/api/lti/courses/" + COURSES.incrementAndGet() + "/names_and_roles";
        String differences = roster + "/differences";
        canvas.server().stubFor(get(urlPathEqualTo(roster)).willReturn(page(List.of(member("w1", "Hana Sato")),
                "<" + canvas.url(differences + "?since=1") + ">; rel=\"differences\"")));
        canvas.server().stubFor(get(urlPathEqualTo(differences)).willReturn(aResponse().withStatus(404)));
        String course = "course-" + UUID.randomUUID();
        Teacher teacher = launchTeacher(course, roster);
        await().atMost(Duration.ofSeconds(10)).until(() -> differencesUrl(course) != null);

        canvas.server().stubFor(get(urlPathEqualTo(roster)).willReturn(page(List.of(member("w1", "Hana Sato"),
                member("w2", "Ivan Petrov")), null)));
        clock.advance(Duration.ofSeconds(61));
        Reply refreshed = teacher.post("/teacher/roster");

        assertThat(refreshed.body()).contains("The roster was read again from the LMS.", "Ivan Petrov", "2 students");
        assertThat(canvas.server().findAll(getRequestedFor(urlPathEqualTo(differences)))).hasSize(1);
        assertThat(canvas.server().findAll(getRequestedFor(urlPathEqualTo(roster)))).hasSize(2);
        assertThat(differencesUrl(course)).as("the dead link is not tried again").isNull();
    }

    @Test
    void aDifferencesLinkLongerThanTheToolKeepsIsDroppedAndTheRosterStillRead() {
        String roster = "/api/lti/courses/" + COURSES.incrementAndGet() + "/names_and_roles";
        String longLink = canvas.url(roster + "/differences?since=" + "9".repeat(1100));
        canvas.server().stubFor(get(urlPathEqualTo(roster)).willReturn(page(List.of(member("x1", "Jia Wen")),
                "<" + longLink + ">; rel=\"differences\"")));
        String course = "course-" + UUID.randomUUID();
        Teacher teacher = launchTeacher(course, roster);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> canvas.server().findAll(getRequestedFor(urlPathEqualTo(roster))).size() == 1);
        clock.advance(Duration.ofSeconds(61));

        Reply refreshed = teacher.post("/teacher/roster");

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.body()).contains("The roster was read again from the LMS.", "Jia Wen");
        assertThat(differencesUrl(course)).isNull();
        assertThat(canvas.server().findAll(getRequestedFor(urlPathEqualTo(roster)))).as("read whole, twice").hasSize(2);
    }

    // ---------------------------------------------------------------------------------------------

    private record Teacher(LaunchClient browser, String session) {

        Reply get(String path) {
            return browser.get(path, Map.of("X-Deliberate-Session", session));
        }

        Reply post(String path) {
            return browser.post(path, Map.of(), Map.of("X-Deliberate-Session", session));
        }
    }

    private Teacher launchTeacher(String course, String rosterPath) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Reply reply = launch(browser, course, rosterPath);
        return new Teacher(browser, reply.header("X-Deliberate-Session").orElseThrow());
    }

    /** The page a teacher's launch answers with: their home. */
    private Reply launchTeacherPage(String course, String rosterPath) {
        return launch(new LaunchClient(baseUrl, true), course, rosterPath);
    }

    private Reply launch(LaunchClient browser, String course, String rosterPath) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", canvas.issuer());
        params.put("login_hint", "teacher");
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", canvas.clientId());
        Login login = browser.loginByGet(params);
        JWTClaimsSet.Builder claims = canvas.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(LTI + "context", Map.of("id", course, "title", "Algebra"));
        if (rosterPath != null) {
            claims.claim(NRPS, Map.of("context_memberships_url", canvas.url(rosterPath), "service_versions", List.of("2.0")));
        }
        Reply reply = browser.launch(canvas.sign(claims.build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private String differencesUrl(String course) {
        return jdbc.sql("SELECT roster_differences_url FROM course_context WHERE lms_context_id = ?").param(course)
                .query(String.class).optional().orElse(null);
    }

    private long rosterMembers(String course) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM course_membership m JOIN course_context c ON c.id = m.context_id
                WHERE c.lms_context_id = ? AND m.role = 'STUDENT' AND m.roster_status IS NOT NULL""")
                .param(course).query(Long.class).single();
    }

    private static Map<String, Object> member(String userId, String name) {
        return Map.of("user_id", userId, "name", name, "status", "Active", "roles", List.of(LEARNER));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(List<Map<String, Object>> members, String link) {
        StringBuilder json = new StringBuilder("{\"id\":\"roster\",\"context\":{\"id\":\"c\"},\"members\":[");
        for (int i = 0; i < members.size(); i++) {
            Map<String, Object> m = members.get(i);
            json.append(i == 0 ? "" : ",").append("{\"user_id\":\"").append(m.get("user_id")).append("\",\"name\":\"")
                    .append(m.get("name")).append("\",\"status\":\"Active\",\"roles\":[\"").append(LEARNER).append("\"]}");
        }
        json.append("]}");
        var response = aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
                .withBody(json.toString());
        return link == null ? response : response.withHeader("Link", link);
    }
}
