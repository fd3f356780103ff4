package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.ClaimedLaunches;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Script payloads in every text that reaches a page: the names, course title and label, link title
 * and custom parameters an LMS sends, a group name the teacher types, a student's reflection. Each
 * page a student or teacher sees is parsed as a browser would and must carry the payloads as text
 * only: no script of theirs, no element they open, no event handler, no javascript: link. The CSV
 * export writes formula-looking cells as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTests extends IntegrationTestSupport {

    static final String SCRIPT = "<script>alert('s')</script>";
    static final String IMAGE = "\"><img src=x onerror=alert('i')>";
    static final String LINK = "javascript:alert('j')";
    static final String FORMULA = "=cmd|' /C calc'!A0";

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Autowired
    PlatformRegistry registry;

    ClaimedLaunches lms;
    Launched teacher;
    Launched learner;
    Pupil student;

    @BeforeAll
    void launchAHostileCourse() {
        lms = new ClaimedLaunches(baseUrl, registry, clock);
        String course = "course-" + UUID.randomUUID();
        Map<String, Object> context = Map.of("id", course, "label", IMAGE, "title", "Algebra " + SCRIPT);
        Map<String, Object> link = Map.of("id", "link-hostile", "title", LINK + " " + IMAGE, "description", SCRIPT);
        Map<String, Object> custom = Map.of("note", SCRIPT, "url", LINK, "quote", IMAGE);
        teacher = lms.launch(claims -> claims.claim("name", "Ms " + SCRIPT).claim("given_name", IMAGE).claim("family_name", LINK)
                .claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR)).claim(TestPlatform.LTI + "context", context)
                .claim(TestPlatform.LTI + "resource_link", link).claim(TestPlatform.LTI + "custom", custom));
        learner = lms.launch(claims -> claims.claim("name", FORMULA + " " + SCRIPT).claim("given_name", IMAGE)
                .claim("family_name", LINK).claim(TestPlatform.LTI + "context", context)
                .claim(TestPlatform.LTI + "resource_link", link).claim(TestPlatform.LTI + "custom", custom));
        student = Pupil.start(learner, jdbc, subjects);
        assertThat(student.makes("ONE_SIDE_ONLY")).as("a fresh learner's first problem has a term to remove").isTrue();
        for (int i = 0; i < 40 && !student.last().body().contains("id=\"reflection\""); i++) {
            student.right();
        }
        assertThat(student.reflects("I moved terms " + SCRIPT + IMAGE + " and checked " + LINK).status()).isEqualTo(200);
        Matcher group = Pattern.compile("/teacher/class/groups/([^/\"]+)/name").matcher(page(teacher, "/teacher").body());
        assertThat(group.find()).as("a group to rename").isTrue();
        assertThat(teacher.post("/teacher/class/groups/" + group.group(1) + "/name", Map.of("name", SCRIPT + IMAGE)).status())
                .isEqualTo(200);
    }

    @AfterAll
    void close() {
        lms.close();
    }

    @Test
    void theStudentsPageShowsThePayloadsAsText() {
        assertInert(page(learner, "/student"), "Algebra " + SCRIPT);
    }

    @Test
    void theTeachersPagesShowThePayloadsAsText() {
        long membership = student.membershipId();
        assertInert(page(teacher, "/teacher"), SCRIPT + IMAGE);
        assertInert(page(teacher, "/teacher/students/" + membership), "I moved terms " + SCRIPT);
        assertInert(page(teacher, "/teacher/students/" + membership + "/timeline"), null);
        assertInert(page(teacher, "/teacher/course"), null);
        assertInert(page(teacher, "/teacher/class/stuck"), null);
        Reply misconceptions = page(teacher, "/teacher/class/misconceptions");
        assertInert(misconceptions, null);
        Matcher example = Pattern.compile("href=\"(/teacher/class/misconceptions/example\\?[^\"]+)\"").matcher(misconceptions.body());
        assertThat(example.find()).as("the mistake made is listed with its worked example").isTrue();
        assertInert(page(teacher, example.group(1).replace("&amp;", "&")), null);
    }

    @Test
    void theCsvExportWritesFormulasAsText() {
        Reply csv = page(teacher, "/teacher/class.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("\"'" + FORMULA.replace("\"", "\"\"") + " " + SCRIPT + "\"")
                .contains("\"'" + FORMULA.replace("\"", "\"\""));
        assertThat(csv.body().lines()).noneMatch(line -> line.startsWith("=") || line.contains(",=") || line.contains(",\"="));
    }

    private Reply page(Launched who, String path) {
        Reply reply = who.browser().get(path, Map.of("X-Deliberate-Session", who.token()));
        assertThat(reply.status()).as(path + ": " + reply.reason().orElse("")).isEqualTo(200);
        return reply;
    }

    /** Parsed as a browser parses it: only the page's own elements and attributes, the payloads as text. */
    private static void assertInert(Reply reply, String shownText) {
        Document page = Jsoup.parse(reply.body());
        for (Element element : page.getAllElements()) {
            String tag = element.tagName();
            assertThat(tag).as("an element a payload could open").isNotIn("img", "iframe", "object", "embed", "svg");
            if (tag.equals("script")) {
                assertThat(element.attr("src")).as("a script of the page's own").startsWith("/");
                assertThat(element.data()).as("no inline script").isBlank();
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name).as("an event handler on <%s>", tag).doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction", "hx-get", "hx-post").contains(name)) {
                    assertThat(value).as("%s of <%s>", name, tag).doesNotStartWith("javascript:").doesNotContain("alert(");
                }
            }
        }
        if (shownText != null) {
            assertThat(page.text()).as("the payload shown as text").contains(shownText);
        }
    }
}
