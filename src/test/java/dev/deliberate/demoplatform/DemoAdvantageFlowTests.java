package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * The tool and the built-in demo LMS together, over HTTP as a browser drives them: the demo
 * teacher adds an activity through Deep Linking (the demo verifies the tool's signed answer), and a
 * student's practice reaches the demo gradebook through AGS within seconds of the last attempt.
 */
class DemoAdvantageFlowTests extends IntegrationTestSupport {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final Pattern RETURN_FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\" data-autosubmit");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.util.List<PracticeSubject> subjects;

    @Test
    void theDemoTeacherAddsAnActivityAndTheDemoAcceptsTheSignedAnswer() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Matcher form = Pattern.compile("<form[^>]*data-deep-linking=\"[^\"]+\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(browser.get("/demo").body());
        assertThat(form.find()).as("the demo offers to add an activity with Deliberate").isTrue();
        Map<String, String> login = DemoLms.fields(form.group(1));
        login.remove("lti_storage_target");
        Reply page = DemoLms.throughDemo(browser, login);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Add a practice assignment");
        Map<String, String> hidden = DemoLms.fields(page.body());

        Map<String, String> choice = new LinkedHashMap<>();
        choice.put("_session", hidden.get("_session"));
        choice.put("request", hidden.get("request"));
        choice.put("title", "Two-step equations drill");
        choice.put("skills", "two-step");
        choice.put("targetPercent", "85");
        choice.put("minimumItems", "12");
        choice.put("reflectionRequired", "true");
        Reply answer = browser.post("/teacher/deep-linking/choice", choice);
        Matcher returnForm = RETURN_FORM.matcher(answer.body());
        assertThat(returnForm.find()).as(answer.body()).isTrue();
        URI returnUrl = URI.create(returnForm.group(1).replace("&amp;", "&"));
        assertThat(returnUrl.getPath()).isEqualTo("/demo/deep-linking/return");

        Reply added = new LaunchClient(baseUrl, true).post(returnUrl.getRawPath(), Map.of("JWT", DemoLms.fields(answer.body()).get("JWT")));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("Added", "Two-step equations drill", "is graded: scores appear in the gradebook");
        assertThat(browser.get("/demo").body()).contains("Two-step equations drill");
    }

    @Test
    void aStudentsPractiseReachesTheDemoGradebookWithinTenSeconds() {
        Launched ana = DemoLms.launch(baseUrl, "demo-student-24");
        Reply reply = ana.post("/student/interests", Map.of());
        for (int i = 0; i < 3; i++) {
            long item = itemId(reply);
            reply = ana.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item)));
            assertThat(reply.body()).contains("id=\"solved\"");
        }
        Instant lastAttempt = Instant.now();
        double mastery = jdbc.sql("SELECT score FROM gradebook_sync s JOIN course_membership m ON m.id = s.membership_id "
                + "JOIN course_person p ON p.id = m.person_id WHERE p.subject = ?").param("demo-student-24").query(Double.class).single();
        String expected = String.valueOf(Math.round(mastery * 100 * 100) / 100.0);

        LaunchClient teacher = new LaunchClient(baseUrl, true);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> row(teacher.get("/demo/gradebook").body(), "demo-student-24").contains(expected));

        Duration took = Duration.between(lastAttempt, Instant.now());
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        // in the course's language: its teacher's if one has launched (an earlier test may have), else Ximena's es-MX
        long percent = Math.round(mastery * 100);
        assertThat(row(teacher.get("/demo/gradebook").body(), "demo-student-24")).containsAnyOf("Mastery " + percent + "%",
                "Dominio " + percent + "%");
    }

    // ---------------------------------------------------------------------------------------------

    private String answer(long itemId) {
        ItemSpec spec = jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
        PracticeSubject math = subjects.stream().filter(s -> s.id().equals("math")).findFirst().orElseThrow();
        return "x = " + math.regenerate(spec).answer();
    }

    private static long itemId(Reply reply) {
        Matcher m = ITEM.matcher(reply.body());
        assertThat(m.find()).as("a problem on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String row(String gradebook, String userId) {
        Matcher m = Pattern.compile("<tr id=\"student-" + userId + "\".*?</tr>", Pattern.DOTALL).matcher(gradebook);
        return m.find() ? m.group() : "";
    }
}
