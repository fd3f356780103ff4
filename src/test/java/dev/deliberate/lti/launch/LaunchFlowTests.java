package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.shared.Origins;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/** Genuine launches, shaped as Canvas and Moodle send them, end to end against the running tool. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class LaunchFlowTests extends IntegrationTestSupport {

    private static final String LTI = TestPlatform.LTI;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform canvas;
    TestPlatform moodle;
    TestPlatform multi;

    @BeforeAll
    void registerPlatforms() {
        canvas = TestPlatform.create(clock);
        registry.save(canvas.settings(), PlatformSource.ADMIN_API);
        moodle = new TestPlatform("https://moodle-" + System.nanoTime() + ".example.edu", "moodle-client", List.of("1"), clock);
        registry.save(moodle.settings(), PlatformSource.ADMIN_API);
        multi = new TestPlatform("https://multi-" + System.nanoTime() + ".example.edu", "shared-client",
                List.of("deployment-a", "deployment-b"), clock);
        registry.save(multi.settings(), PlatformSource.ADMIN_API);
    }

    @AfterAll
    void stopPlatforms() {
        canvas.close();
        moodle.close();
        multi.close();
    }

    @Test
    void getInitiationRedirectsToThePlatformWithEveryOidcParameter() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params(canvas, Map.of("lti_message_hint", "opaque-hint")));

        assertThat(login.reply().status()).isEqualTo(302);
        assertThat(login.reply().header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(canvas.issuer() + "/auth?"));
        assertThat(login.redirectQuery()).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
                .containsEntry("client_id", canvas.clientId()).containsEntry("redirect_uri", baseUrl + "/lti/launch")
                .containsEntry("login_hint", "hint-7").containsEntry("lti_message_hint", "opaque-hint")
                .containsKeys("state", "nonce");
        assertThat(login.state()).hasSize(43).isNotEqualTo(login.nonce());
        assertThat(login.reply().headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("lti_state_" + login.state() + "=").contains("HttpOnly", "Path=/lti", "SameSite=Lax"));
    }

    @Test
    void postInitiationThenLaunchLandsTheStudentOnTheStudentHome(CapturedOutput output) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByPost(params(canvas, Map.of()));
        JWTClaimsSet claims = canvas.launchClaims(login.nonce(), baseUrl + "/lti/launch").build();

        Reply home = browser.launch(canvas.sign(claims), login.state());

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"student-home\"", "Welcome, Ada Lovelace", "Algebra", "Linear equations");
        assertThat(home.header("X-Deliberate-Session")).isPresent();
        assertThat(home.setsCookie("dlb_session")).isTrue();
        assertThat(personCount(canvas.issuer(), claims.getSubject())).isEqualTo(1);
        assertThat(output.getOut()).contains("LTI launch accepted iss=" + canvas.issuer(), "binding=COOKIE");
    }

    @Test
    void canvasLaunchWithBlockedCookiesGoesThroughPlatformStorage(CapturedOutput output) {
        LaunchClient browser = new LaunchClient(baseUrl, false);
        Login login = browser.loginByGet(params(canvas, Map.of("lti_storage_target", "post_message_forwarding",
                "canvas_region", "us-east-1", "canvas_environment", "prod", "lti_message_hint", "eyJhbGciOi.canvas.hint")));
        assertThat(login.storagePage()).isTrue();
        assertThat(login.reply().body()).contains("data-target=\"post_message_forwarding\"",
                "data-origin=\"" + canvas.issuer() + "\"", "data-key=\"state_" + login.state() + "\"");

        String idToken = canvas.sign(canvasClaims(login).build());
        Reply check = browser.launch(idToken, login.state());
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).contains("data-mode=\"launch\"", "name=\"lti_storage_state\"");
        assertThat(check.header("X-Deliberate-Session")).isEmpty();

        Reply home = browser.post("/lti/launch", Map.of("id_token", idToken, "state", login.state(),
                "lti_storage_state", login.state()));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"student-home\"");
        assertThat(output.getOut()).contains("binding=PLATFORM_STORAGE");
    }

    @Test
    void whenNeitherCookieNorStorageWorksThePageOffersANewWindowThatStartsTheLoginAgain() {
        LaunchClient browser = new LaunchClient(baseUrl, false);
        Login login = browser.loginByGet(params(canvas, Map.of("lti_storage_target", "post_message_forwarding",
                "lti_message_hint", "{\"cmid\":2}")));
        String idToken = canvas.sign(canvasClaims(login).build());

        Reply refused = browser.post("/lti/launch", Map.of("id_token", idToken, "state", login.state(), "lti_storage_state", ""));

        assertThat(refused.reason()).contains("STATE_NOT_BOUND");
        assertThat(refused.body()).contains("target=\"_blank\"", "/lti/login?iss=" + java.net.URLEncoder.encode(canvas.issuer(),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), "lti_message_hint=%7B%22cmid%22%3A2%7D");
    }

    @Test
    void aMoodleLaunchWhoseCookieTheBrowserDroppedIsBoundByTheFormComingFromMoodlesAuthorizationPage(CapturedOutput output) {
        LaunchClient browser = new LaunchClient(baseUrl, false);
        Login login = browser.loginByPost(Map.of("iss", moodle.issuer(), "login_hint", "5",
                "target_link_uri", baseUrl + "/lti/launch", "lti_message_hint", "{\"cmid\":4,\"launchid\":\"ltilaunch4_1\"}",
                "client_id", "moodle-client", "lti_deployment_id", "1"));
        JWTClaimsSet claims = moodle.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject("5")
                .claim(LTI + "deployment_id", "1").build();

        Reply home = browser.post("/lti/launch", Map.of("id_token", moodle.sign(claims), "state", login.state()),
                Map.of("Origin", Origins.of(moodle.issuer() + "/mod/lti/auth.php")));

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"student-home\"");
        assertThat(home.header("X-Deliberate-Session")).as("the session travels in the header without cookies").isPresent();
        assertThat(output.getOut()).contains("binding=PLATFORM_ORIGIN");
    }

    @Test
    void aPlainGetOfTheLaunchAddressExplainsItselfWithoutAWarning(CapturedOutput output) {
        Reply probe = new LaunchClient(baseUrl, false).get("/lti/launch");

        assertThat(probe.status()).isEqualTo(200);
        assertThat(probe.body()).contains("id=\"launch-address\"", "Open Deliberate from your course");
        assertThat(output.getOut()).doesNotContain("HttpRequestMethodNotSupportedException", "LTI launch refused");
    }

    @Test
    void moodleLaunchKeepsItsServiceUrlsAndLandsTheTeacherOnTheTeacherHome() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByPost(Map.of("iss", moodle.issuer(), "login_hint", "2",
                "target_link_uri", baseUrl + "/lti/launch", "lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_11\"}",
                "client_id", "moodle-client", "lti_deployment_id", "1"));
        assertThat(login.redirectQuery()).containsEntry("lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_11\"}");
        String services = moodle.issuer() + "/mod/lti/services.php/2";
        JWTClaimsSet claims = moodle.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .subject("2")
                .claim(LTI + "deployment_id", "1")
                .claim(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                        TestPlatform.INSTRUCTOR, "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"))
                .claim(LTI + "context", Map.of("id", "2", "label", "ALG2", "title", "Algebra 2",
                        "type", List.of("CourseSection")))
                .claim(LTI + "resource_link", Map.of("id", "3", "title", "Deliberate practice", "description", ""))
                .claim(LTI + "launch_presentation", Map.of("locale", "en", "document_target", "iframe",
                        "return_url", moodle.issuer() + "/mod/lti/return.php?course=2&launch_container=3&instanceid=3"))
                .claim(LTI + "tool_platform", Map.of("product_family_code", "moodle", "version", "2023100900",
                        "guid", "moodle.example.edu", "name", "Moodle"))
                .claim(LTI + "custom", Map.of("subject", "math"))
                .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                        "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        "lineitems", services + "/lineitems?type_id=1",
                        "lineitem", services + "/lineitems/7/lineitem?type_id=1"))
                .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                        "context_memberships_url", services + "/CourseSection/2/bindings/1/memberships",
                        "service_versions", List.of("1.0", "2.0")))
                .claim("https://purl.imsglobal.org/spec/lti-bo/claim/basicoutcome", Map.of(
                        "lis_result_sourcedid", "{\"data\":{}}", "lis_outcome_service_url", moodle.issuer() + "/mod/lti/service.php"))
                .build();

        Reply home = browser.launch(moodle.sign(claims), login.state());

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"teacher-home\"", "Algebra 2", "Deliberate practice");
        Map<String, Object> context = jdbc.sql("SELECT lineitems_url, memberships_url FROM course_context WHERE issuer = ?")
                .param(moodle.issuer()).query().singleRow();
        assertThat(context).containsEntry("lineitems_url", services + "/lineitems?type_id=1")
                .containsEntry("memberships_url", services + "/CourseSection/2/bindings/1/memberships");
        assertThat(jdbc.sql("SELECT l.lineitem_url FROM course_resource_link l JOIN course_context c ON c.id = l.context_id WHERE c.issuer = ?")
                .param(moodle.issuer()).query(String.class).single()).isEqualTo(services + "/lineitems/7/lineitem?type_id=1");
    }

    @Test
    void eachDeploymentOfOneClientLaunchesIntoItsOwnCourse() {
        for (String deployment : List.of("deployment-a", "deployment-b")) {
            LaunchClient browser = new LaunchClient(baseUrl, true);
            Login login = browser.loginByGet(Map.of("iss", multi.issuer(), "login_hint", "h", "target_link_uri",
                    baseUrl + "/lti/launch", "client_id", multi.clientId(), "lti_deployment_id", deployment));
            JWTClaimsSet claims = multi.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                    .claim(LTI + "deployment_id", deployment).build();
            assertThat(browser.launch(multi.sign(claims), login.state()).status()).isEqualTo(200);
        }
        assertThat(jdbc.sql("SELECT deployment_id FROM course_context WHERE issuer = ? ORDER BY deployment_id")
                .param(multi.issuer()).query(String.class).list()).containsExactly("deployment-a", "deployment-b");
    }

    @Test
    void aPlatformKeyRotationIsPickedUpWithoutARestart() {
        TestPlatform rotating = TestPlatform.create(clock);
        try (rotating) {
            registry.save(rotating.settings(), PlatformSource.ADMIN_API);
            assertThat(launchAsStudent(rotating).status()).isEqualTo(200);
            int fetchesBefore = rotating.jwksFetches();

            rotating.rotate(false);
            clock.advance(Duration.ofSeconds(11));
            Reply afterRotation = launchAsStudent(rotating);

            assertThat(afterRotation.status()).isEqualTo(200);
            assertThat(rotating.jwksFetches()).isEqualTo(fetchesBefore + 1);
        }
    }

    @Test
    void unknownKidsMakeTheToolFetchThePlatformJwksAtMostOncePerInterval() {
        TestPlatform platform = TestPlatform.create(clock);
        try (platform) {
            registry.save(platform.settings(), PlatformSource.ADMIN_API);
            assertThat(launchAsStudent(platform).status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(11));
            int fetches = platform.jwksFetches();

            for (int i = 0; i < 5; i++) {
                LaunchClient browser = new LaunchClient(baseUrl, true);
                Login login = browser.loginByGet(params(platform, Map.of()));
                String forged = TestPlatform.sign(new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256)
                        .keyID("unknown-" + i).build(), platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").build(),
                        platform.key());
                assertThat(browser.launch(forged, login.state()).reason()).contains("KID_UNKNOWN");
            }

            assertThat(platform.jwksFetches()).isEqualTo(fetches + 1);
        }
    }

    @Test
    void framedPagesNameTheRegisteredPlatformsAsFrameAncestors() {
        Reply home = new LaunchClient(baseUrl, false).get("/");
        assertThat(home.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .startsWith("frame-ancestors 'self'").contains(canvas.issuer(), moodle.issuer()));
        assertThat(home.header("X-Frame-Options")).isEmpty();
    }

    @Test
    void aLaunchedPageMayBeFramedByItsOwnPlatformOnly() {
        Reply moodlePage = launchAsStudent(moodle);
        Reply canvasPage = launchAsStudent(canvas);

        assertThat(moodlePage.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .startsWith("frame-ancestors 'self'").contains(Origins.of(moodle.issuer())).doesNotContain(Origins.of(canvas.issuer())));
        assertThat(canvasPage.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains(Origins.of(canvas.issuer())).doesNotContain(Origins.of(moodle.issuer())));
    }

    private Reply launchAsStudent(TestPlatform platform) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params(platform, Map.of()));
        return browser.launch(platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").build()), login.state());
    }

    private JWTClaimsSet.Builder canvasClaims(Login login) {
        return canvas.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "roles", List.of(TestPlatform.LEARNER,
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"))
                .claim(LTI + "custom", Map.of("canvas_course_id", "1234", "canvas_user_id", 99))
                .claim(LTI + "lis", Map.of("person_sourcedid", "sis-99", "course_offering_sourcedid", "sis-course"))
                .claim("https://www.instructure.com/placement", "assignment_selection")
                .claim("https://purl.imsglobal.org/spec/lti/claim/lti1p1", Map.of("user_id", "abc"));
    }

    private Map<String, String> params(TestPlatform platform, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "hint-7");
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        params.put("lti_deployment_id", platform.deployment());
        params.putAll(extra);
        return params;
    }

    private long personCount(String issuer, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM course_person WHERE issuer = ? AND subject = ?")
                .params(issuer, subject).query(Long.class).single();
    }
}
