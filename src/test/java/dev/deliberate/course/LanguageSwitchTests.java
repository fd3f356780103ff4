package dev.deliberate.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
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

/** The language switch in the page header: the page comes back in the chosen language, and so does the next launch. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageSwitchTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    PlatformRegistry registry;

    TestPlatform lms;

    @BeforeAll
    void registerPlatform() {
        lms = TestPlatform.create(clock);
        registry.save(lms.settings(), PlatformSource.ADMIN_API);
    }

    @AfterAll
    void stopPlatform() {
        lms.close();
    }

    @Test
    void aStudentSwitchesToSpanishAndTheNextLaunchOpensInSpanishToo() {
        String sub = "user-" + UUID.randomUUID();
        String course = "course-" + UUID.randomUUID();
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Reply english = launch(browser, sub, course, TestPlatform.LEARNER, "en-US");
        assertThat(english.body()).contains("What are you into?", "aria-pressed=\"true\">English");

        Reply spanish = browser.post("/language", Map.of("lang", "es", "_session", token(english)));

        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.body()).contains("<html lang=\"es\"", "aria-pressed=\"true\">Español").doesNotContain("What are you into?");
        assertThat(token(spanish)).isNotEqualTo(token(english));
        Reply again = launch(new LaunchClient(baseUrl, true), sub, course, TestPlatform.LEARNER, "en-US");
        assertThat(again.body()).contains("aria-pressed=\"true\">Español");
    }

    @Test
    void aTeachersPageComesBackInTheChosenLanguage() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Reply page = launch(browser, "user-" + UUID.randomUUID(), "course-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "es");

        Reply english = browser.post("/language", Map.of("lang", "en", "_session", token(page)));

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"", "Your class by need");
    }

    @Test
    void anUnknownLanguageOrNoSessionIsRefused() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Reply page = launch(browser, "user-" + UUID.randomUUID(), "course-" + UUID.randomUUID(), TestPlatform.LEARNER, null);

        assertThat(browser.post("/language", Map.of("lang", "fr", "_session", token(page))).status()).isEqualTo(400);
        assertThat(browser.post("/language", Map.of("lang", "es")).status()).isIn(401, 403);
    }

    private Reply launch(LaunchClient browser, String sub, String course, String role, String locale) {
        Login login = browser.loginByGet(lms.loginParameters(baseUrl));
        JWTClaimsSet.Builder claims = lms.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(sub)
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "label", "ALG", "title", "Algebra"))
                .claim(TestPlatform.LTI + "roles", List.of(role));
        if (locale != null) {
            claims.claim(TestPlatform.LTI + "launch_presentation", Map.of("locale", locale));
        }
        Reply reply = browser.launch(lms.sign(claims.build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static String token(Reply reply) {
        return reply.header("X-Deliberate-Session").orElseThrow();
    }
}
