package dev.deliberate.practice;

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

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.TestPlatform;

/**
 * The student home is a compiled page (practice/home.jte), the teacher's pages Thymeleaf ones
 * (fragments/app.html): both must carry the same head and the same header, or a change to one
 * would leave the other behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentHomeTests extends IntegrationTestSupport {

    private static final String HOSTILE_TITLE = "Algebra <b>\"&'</b>";

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform platform;
    String studentPage;
    String teacherPage;

    @BeforeAll
    void launchAStudentAndTheirTeacher() {
        platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
        studentPage = launch(TestPlatform.LEARNER);
        teacherPage = launch(TestPlatform.INSTRUCTOR);
    }

    private String launch(String role) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(Map.of("iss", platform.issuer(), "login_hint", "h", "target_link_uri",
                baseUrl + "/lti/launch", "client_id", platform.clientId()));
        LaunchClient.Reply home = browser.launch(platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", "course-home", "label", "ALG", "title",
                        HOSTILE_TITLE))
                .claim("https://purl.imsglobal.org/spec/lti/claim/roles", List.of(role)).build()), login.state());
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        return home.body();
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Test
    void theStudentHomeHasTheTeacherPagesHeadButItsOwnTitle() {
        assertThat(studentPage).contains("id=\"student-home\"");
        assertThat(teacherPage).contains("id=\"teacher-home\"");
        assertThat(comparable(head(studentPage))).isEqualTo(comparable(head(teacherPage)));
        assertThat(title(studentPage)).isEqualTo("Practice").isNotEqualTo(title(teacherPage));
    }

    @Test
    void theStudentHomeHasTheTeacherPagesHeader() {
        assertThat(comparable(part(studentPage, "<header", "</header>"))).isEqualTo(comparable(part(teacherPage, "<header", "</header>")));
    }

    @Test
    void scriptsAndStyleSheetsAreLinkedByTheirContentHash() {
        assertThat(studentPage).containsPattern("href=\"/css/deliberate-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/js/session-[0-9a-f]{32}\\.js\"")
                .containsPattern("src=\"/js/practice-[0-9a-f]{32}\\.js\"")
                .containsPattern("src=\"/webjars/htmx\\.org/[^\"]*htmx\\.min-[0-9a-f]{32}\\.js\"");
    }

    @Test
    void theCourseTitleFromTheLmsIsText() {
        assertThat(studentPage).contains("Algebra &lt;b&gt;").contains("&amp;").doesNotContain("<b>");
    }

    /** The page's head without its title, whose text is each page's own. */
    private static String head(String page) {
        return part(page, "<head>", "</head>").replaceFirst("<title>[^<]*</title>", "");
    }

    private static String title(String page) {
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String part(String page, String from, String to) {
        int start = page.indexOf(from);
        int end = page.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isPositive();
        return page.substring(start, end + to.length());
    }

    /**
     * The same markup however each engine spaces and quotes it: whitespace between tags dropped,
     * the session token (each launch's own) blanked, entities in one form.
     */
    private static String comparable(String html) {
        return html.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ")
                .replaceAll("(name=\"deliberate-session\" content=|name=\"_session\" value=)\"[^\"]*\"", "$1\"\"")
                .replaceAll("&quot;|&#34;", "\"").replaceAll("&#39;|&#x27;", "'");
    }
}
