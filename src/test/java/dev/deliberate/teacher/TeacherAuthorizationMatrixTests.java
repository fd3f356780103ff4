package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Every teacher URL against four people: the teacher of the course (allowed), a student of the same
 * course, a teacher of another course on the same platform, and a teacher of a course with the very
 * same LMS id on another platform. URLs that name a student are tried with a student of the first
 * course; anyone but its teacher gets 403, and pages without an id show the others nothing of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeacherAuthorizationMatrixTests extends IntegrationTestSupport {

    /** Every teacher URL of the class view; {student} is replaced by a membership id. */
    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET", "/teacher"),
                new Endpoint("POST", "/teacher"),
                new Endpoint("POST", "/teacher/roster"),
                new Endpoint("POST", "/teacher/grades/compare"),
                new Endpoint("POST", "/teacher/grades/{student}/retry"),
                new Endpoint("GET", "/teacher/class/stuck"),
                new Endpoint("GET", "/teacher/class.csv"),
                new Endpoint("GET", "/teacher/students/{student}"),
                new Endpoint("POST", "/teacher/class/stuck/{student}/helped"),
                // steering (issue #8)
                new Endpoint("POST", "/teacher/class/groups/not-started/focus", Map.of("band", "easier")),
                new Endpoint("POST", "/teacher/class/groups/not-started/focus/clear"),
                new Endpoint("POST", "/teacher/class/groups/not-started/name", Map.of("name", "Monday")),
                new Endpoint("POST", "/teacher/class/groups/not-started/name/reset"),
                new Endpoint("POST", "/teacher/class/students/{student}/group", Map.of("group", "on-track")),
                new Endpoint("GET", "/teacher/class/students/{student}/move"),
                new Endpoint("POST", "/teacher/students/{student}/focus", Map.of("challenge", "true")),
                new Endpoint("POST", "/teacher/students/{student}/focus/clear"),
                // assignment settings and the whole course
                new Endpoint("GET", "/teacher/assignment/settings"),
                // posted empty: no skill ticked, so the form comes back with its problems (and stores nothing)
                new Endpoint("POST", "/teacher/assignment/settings", 422),
                new Endpoint("GET", "/teacher/course"),
                // drill-down and the class's mistakes of the week
                new Endpoint("GET", "/teacher/students/{student}/timeline?before=5"),
                new Endpoint("GET", "/teacher/students/{student}/mastery.json"),
                new Endpoint("GET", "/teacher/class/misconceptions"),
                new Endpoint("GET", "/teacher/class/misconceptions/example?code=SIGN_ERROR_MOVING_TERM&skill=two-step"));
    }

    /**
     * A URL, the form a POST to it sends, and the status the course's own teacher gets.
     */
    record Endpoint(String method, String path, Map<String, String> form, int served) {

        Endpoint(String method, String path) {
            this(method, path, Map.of(), 200);
        }

        Endpoint(String method, String path, Map<String, String> form) {
            this(method, path, form, 200);
        }

        Endpoint(String method, String path, int served) {
            this(method, path, Map.of(), served);
        }

        boolean namesAStudent() {
            return path.contains("{student}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String LTI = TestPlatform.LTI;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform one;
    TestPlatform two;
    Person teacher;
    Person student;
    Person victim;
    Person otherCourseTeacher;
    Person otherPlatformTeacher;

    @BeforeAll
    void launchEveryone() {
        one = TestPlatform.create(clock);
        two = TestPlatform.create(clock);
        registry.save(one.settings(), PlatformSource.ADMIN_API);
        registry.save(two.settings(), PlatformSource.ADMIN_API);
        String course = "course-" + UUID.randomUUID();
        victim = launch(one, course, "victim-" + UUID.randomUUID(), TestPlatform.LEARNER, "Zoë <b>Victim</b>");
        student = launch(one, course, "student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Sam Student");
        teacher = launch(one, course, "teacher-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "Tess Teacher");
        otherCourseTeacher = launch(one, "course-" + UUID.randomUUID(), "other-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "Oli Other");
        otherPlatformTeacher = launch(two, course, "teacher-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "Pat Platform");
    }

    @AfterAll
    void stop() {
        one.close();
        two.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theCoursesOwnTeacherIsServedAndSeesTheStudent(Endpoint endpoint) {
        Reply reply = teacher.call(endpoint, victim.membershipId());

        assertThat(reply.status()).as(endpoint + " " + reply.body()).isEqualTo(endpoint.served());
        if (endpoint.path().equals("/teacher") || endpoint.path().endsWith(".csv") || endpoint.path().equals("/teacher/course")) {
            assertThat(reply.body()).contains(victim.sub());
        }
        if (endpoint.path().equals("/teacher")) {
            assertThat(reply.body()).contains("data-student=\"" + victim.sub() + "\"", "Zoë &lt;b&gt;Victim&lt;/b&gt;")
                    .doesNotContain("<b>Victim");
        }
        if (endpoint.path().endsWith("/move")) {
            assertThat(reply.body()).as("the move form, fetched for the row").contains("id=\"move-form-" + victim.membershipId() + "\"",
                    "<select name=\"group\"", "value=\"on-track\"", "Move Zoë &lt;b&gt;Victim&lt;/b&gt; to another group").doesNotContain("<b>Victim");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aStudentOfTheSameCourseIsRefusedEverywhere(Endpoint endpoint) {
        Reply reply = student.call(endpoint, victim.membershipId());

        assertThat(reply.status()).as(endpoint.toString()).isEqualTo(403);
        assertThat(reply.body()).doesNotContain(victim.sub());
        assertProblemJsonIfJson(endpoint, reply);
    }

    /** A JSON endpoint is refused with RFC 9457 problem JSON, not a page. */
    private static void assertProblemJsonIfJson(Endpoint endpoint, Reply reply) {
        if (endpoint.path().endsWith(".json")) {
            assertThat(reply.header("Content-Type")).as(endpoint.toString()).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(reply.body()).contains("\"status\":403");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTeacherOfAnotherCourseIsRefusedOrSeesNothingOfIt(Endpoint endpoint) {
        refusedOrBlind(otherCourseTeacher, endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTeacherOfTheSameCourseIdOnAnotherPlatformIsRefusedOrSeesNothingOfIt(Endpoint endpoint) {
        refusedOrBlind(otherPlatformTeacher, endpoint);
    }

    private void refusedOrBlind(Person outsider, Endpoint endpoint) {
        Reply reply = outsider.call(endpoint, victim.membershipId());
        if (endpoint.namesAStudent()) {
            assertThat(reply.status()).as(endpoint.toString()).isEqualTo(403);
            assertProblemJsonIfJson(endpoint, reply);
        }
        else {
            assertThat(reply.status()).as(endpoint.toString()).isEqualTo(endpoint.served());
        }
        assertThat(reply.body()).as(endpoint.toString()).doesNotContain(victim.sub()).doesNotContain("Victim");
    }

    /** A launched person with their browser and session token. */
    record Person(LaunchClient browser, String token, String sub, long membershipId) {

        Reply call(Endpoint endpoint, long studentId) {
            String path = endpoint.path().replace("{student}", Long.toString(studentId));
            Map<String, String> headers = Map.of("X-Deliberate-Session", token, "HX-Request", "true");
            return endpoint.method().equals("GET") ? browser.get(path, headers) : browser.post(path, endpoint.form(), headers);
        }
    }

    private Person launch(TestPlatform platform, String course, String sub, String role, String name) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", sub);
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        Login login = browser.loginByGet(params);
        var claims = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(sub).claim("name", name)
                .claim(LTI + "roles", List.of(role)).claim(LTI + "context", Map.of("id", course, "title", "Algebra"))
                .claim(LTI + "resource_link", Map.of("id", "link-authz", "title", "Linear equations"));
        Reply reply = browser.launch(platform.sign(claims.build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        long membership = jdbc.sql("SELECT m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id "
                + "JOIN course_context c ON c.id = m.context_id WHERE p.subject = ? AND p.issuer = ? AND c.lms_context_id = ?")
                .params(sub, platform.issuer(), course).query(Long.class).single();
        return new Person(browser, reply.header("X-Deliberate-Session").orElseThrow(), sub, membership);
    }
}
