package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/** A student stuck on a skill steps back to what it builds on, sees that step back progress, and returns soon. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepBackTests extends IntegrationTestSupport {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    Subjects subjects;

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
    void aStuckStudentSeesTheStepBackInTheProgressPanelAndReturnsWithinSixProblems() {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Reply page = launch(browser);
        String token = page.header("X-Deliberate-Session").orElseThrow();
        Map<String, String> htmx = Map.of("X-Deliberate-Session", token, "HX-Request", "true");
        page = browser.post("/student/interests", Map.of(), htmx);
        String target = skillOf(itemId(page));

        for (int failures = 0; failures < 3; failures++) {
            long item = itemId(page);
            browser.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x = 98765"), htmx);
            browser.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x = 98765"), htmx);
            page = browser.post("/student/moves", Map.of("itemId", String.valueOf(item)), htmx);
        }
        // wrong first (graded), then right: the next problem is the policy's choice
        page = failThenSolve(browser, htmx, page);

        long detour = itemId(page);
        assertThat(reasonOf(detour)).isEqualTo("PREREQUISITE_REVIEW");
        String prerequisite = skillOf(detour);
        assertThat(page.body()).contains("class=\"step-back\" data-skill=\"" + prerequisite + "\"",
                "A step back that builds up", "2 right in a row and you are back to it.");
        assertThat(page.body().indexOf("data-skill=\"" + prerequisite + "\""))
                .isLessThan(page.body().indexOf("data-skill=\"" + target + "\""));

        int detourItems = 0;
        while ("PREREQUISITE_REVIEW".equals(reasonOf(itemId(page))) && detourItems < 10) {
            page = failThenSolve(browser, htmx, page);
            detourItems++;
        }
        assertThat(detourItems).as("a step back lasts at most six problems, even with every first answer wrong").isBetween(1, 6);
        assertThat(skillOf(itemId(page))).isEqualTo(target);
        assertThat(page.body()).doesNotContain("class=\"step-back\"");
    }

    private Reply launch(LaunchClient browser) {
        Login login = browser.loginByGet(lms.loginParameters(baseUrl));
        JWTClaimsSet claims = lms.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(TestPlatform.LTI + "context", Map.of("id", "course-" + UUID.randomUUID(), "label", "ALG", "title", "Algebra"))
                .build();
        Reply reply = browser.launch(lms.sign(claims), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private Reply failThenSolve(LaunchClient browser, Map<String, String> htmx, Reply page) {
        long item = itemId(page);
        browser.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", "x = 98765"), htmx);
        Reply next = browser.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", answer(item)), htmx);
        if (!ITEM.matcher(next.body()).find()) {
            next = browser.post("/student/reflections", Map.of("reflection", "I check each step against the one before it."), htmx);
        }
        return next;
    }

    private String answer(long item) {
        ItemSpec spec = jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(item)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
        return "x = " + subjects.get("math").regenerate(spec).answer();
    }

    private String skillOf(long item) {
        return jdbc.sql("SELECT skill FROM practice_item WHERE id = ?").param(item).query(String.class).single();
    }

    private String reasonOf(long item) {
        return jdbc.sql("SELECT reason FROM practice_item WHERE id = ?").param(item).query(String.class).single();
    }

    private static long itemId(Reply reply) {
        Matcher m = ITEM.matcher(reply.body());
        assertThat(m.find()).as(reply.body()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
