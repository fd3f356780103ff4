package dev.deliberate.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.shared.Origins;
import dev.deliberate.testing.ClaimedLaunches;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * The browser-facing headers of every kind of page: a strict Content-Security-Policy (scripts and
 * styles from the tool's own files only, no plugins, no base, forms to the tool itself unless the
 * page posts to a platform) with the platform's frame-ancestors first, nosniff, the referrer
 * policy, pages never stored and hashed assets kept for a year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyTests extends IntegrationTestSupport {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/deliberate-[0-9a-f]{32}\\.css)\"");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    PlatformRegistry registry;

    ClaimedLaunches lms;

    @BeforeAll
    void open() {
        lms = new ClaimedLaunches(baseUrl, registry, clock);
    }

    @AfterAll
    void close() {
        lms.close();
    }

    @Test
    void studentTeacherErrorAndRegistrationPagesCarryTheStrictPolicy() {
        Launched student = lms.launch(claims -> claims);
        Launched teacher = lms.launch(claims -> claims.claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR)));
        LaunchClient stranger = new LaunchClient(baseUrl, false);
        Map<String, Reply> pages = Map.of(
                "student", student.browser().get("/student", Map.of("X-Deliberate-Session", student.token())),
                "teacher", teacher.browser().get("/teacher", Map.of("X-Deliberate-Session", teacher.token())),
                "session ended", stranger.get("/student"),
                "not found", stranger.get("/no-such-page"),
                "registration refused", stranger.get("/lti/register?openid_configuration=https://lms.example.edu/nothing"),
                "demo course", stranger.get("/demo"));
        pages.forEach((name, page) -> {
            String csp = page.header("Content-Security-Policy").orElseThrow(() -> new AssertionError(name + ": no CSP"));
            assertThat(csp).as(name).startsWith("frame-ancestors 'self'")
                    .contains("; default-src 'self';", "; script-src 'self';", "; style-src 'self';", "; object-src 'none';",
                            "; base-uri 'none';", "; form-action 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*;");
            assertThat(page.header("X-Content-Type-Options")).as(name).contains("nosniff");
            assertThat(page.header("Referrer-Policy")).as(name).contains("strict-origin-when-cross-origin");
            assertThat(page.header("Cache-Control")).as(name).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        });
        assertThat(pages.get("student").header("Content-Security-Policy").orElseThrow())
                .as("the student's page is framed by its own platform").contains(Origins.of(lms.platform().issuer()));
        assertThat(pages.get("registration refused").header("Content-Security-Policy").orElseThrow())
                .as("the LMS being registered may frame the registration page").contains("https://lms.example.edu");
    }

    @Test
    void hashedAssetsAreKeptForAYearAndPlainNamesRevalidated() {
        Launched student = lms.launch(claims -> claims);
        Matcher css = STYLESHEET.matcher(student.landing().body());
        assertThat(css.find()).as("the page links its style sheet by content hash").isTrue();
        LaunchClient browser = new LaunchClient(baseUrl, false);
        Reply hashed = browser.get(css.group(1));
        assertThat(hashed.status()).isEqualTo(200);
        assertThat(hashed.header("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(hashed.body()).isEqualTo(browser.get("/css/deliberate.css").body());
        assertThat(browser.get("/css/deliberate.css").header("Cache-Control")).contains("no-cache");
        Reply missing = browser.get("/css/deliberate-0123456789abcdef0123456789abcdef.css");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).as("a name not served here is not kept").hasValueSatisfying(c -> assertThat(c)
                .doesNotContain("max-age=31536000"));
        assertThat(student.landing().body()).as("htmx by the webjar's versioned and hashed name")
                .containsPattern("src=\"/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min-[0-9a-f]{32}\\.js\"");
    }
}
