package dev.deliberate.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * The session after a launch: carried by a header (no cookie needed), bound to one role in one
 * course, refused when missing, forged or sent by cookie alone on a change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseSessionTests extends IntegrationTestSupport {

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform platform;
    String studentToken;

    @BeforeAll
    void launchAStudent() {
        platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(Map.of("iss", platform.issuer(), "login_hint", "h", "target_link_uri",
                baseUrl + "/lti/launch", "client_id", platform.clientId()));
        Reply home = browser.launch(platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").build()),
                login.state());
        studentToken = home.header(SessionWeb.HEADER).orElseThrow();
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Test
    void theHeaderAloneKeepsTheSessionWithoutAnyCookie() {
        Reply page = new LaunchClient(baseUrl, false).get("/student", Map.of(SessionWeb.HEADER, studentToken));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"student-home\"", "Welcome, Ada Lovelace");
    }

    @Test
    void aStudentSessionCannotOpenTheTeacherHome() {
        Reply page = new LaunchClient(baseUrl, false).get("/teacher", Map.of(SessionWeb.HEADER, studentToken));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Not available for your role").doesNotContain("teacher-home");
    }

    @Test
    void withoutASessionThePageSaysToRelaunch() {
        Reply page = new LaunchClient(baseUrl, false).get("/student");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains("Your session has ended");
    }

    @Test
    void aTamperedTokenIsNoSession() {
        String[] parts = studentToken.split("\\.");
        String forged = parts[0].substring(0, parts[0].length() - 2) + "AA." + parts[1];

        Reply page = new LaunchClient(baseUrl, false).get("/student", Map.of(SessionWeb.HEADER, forged));

        assertThat(page.status()).isEqualTo(401);
    }

    @Test
    void aChangeSentWithTheCookieAloneIsRefused() {
        LaunchClient crossSiteForm = new LaunchClient(baseUrl, false);

        Reply reply = crossSiteForm.post("/student", Map.of("answer", "3"), Map.of("Cookie", "dlb_session=" + studentToken));

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void theCookieAloneStillServesAPlainReload() {
        Reply page = new LaunchClient(baseUrl, false).get("/student", Map.of("Cookie", "dlb_session=" + studentToken));

        assertThat(page.status()).isEqualTo(200);
    }
}
