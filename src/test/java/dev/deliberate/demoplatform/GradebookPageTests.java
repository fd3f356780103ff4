package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.demoplatform.DemoHttp.Answer;
import dev.deliberate.testing.IntegrationTestSupport;

/** The teacher's gradebook page shows what tools posted through AGS, escaped, with every post's outcome. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookPageTests extends IntegrationTestSupport {

    @Value("${deliberate.demo.base-url}")
    String demoUrl;

    TestTool tool;

    @BeforeAll
    void register() {
        tool = TestTool.registered(demoUrl, clock, DynamicRegistrationTests.ALL_SCOPES);
    }

    @AfterAll
    void close() {
        tool.close();
    }

    @Test
    void aScorePostedThroughAgsAppearsInTheGradebook() {
        String label = "Gradebook check " + System.nanoTime();
        String lineItem = createLineItem(label);
        String time = tool.now().toString();
        postScore(lineItem, AssignmentAndGradeServicesTests.score("demo-student-10", 8, 10, time, "<b>Nice</b> work"));

        String page = tool.http().get(demoUrl + "/demo/gradebook?course=demo-course-algebra-1", Map.of()).body();

        String row = page.substring(page.indexOf("id=\"student-demo-student-10\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(page).contains(label).contains("<caption>");
        assertThat(row).contains("Jamal Washington").contains("8 / 10").contains("(80 %)").contains("Completed · FullyGraded")
                .contains("&lt;b&gt;Nice&lt;/b&gt; work").doesNotContain("<b>Nice</b>");
        assertThat(page).contains("recorded");
    }

    @Test
    void anIgnoredOlderScoreIsListedAsIgnored() {
        String lineItem = createLineItem("Ignored check " + System.nanoTime());
        postScore(lineItem, AssignmentAndGradeServicesTests.score("demo-student-11", 9, 10, "2026-05-01T10:00:00Z", null));
        postScore(lineItem, AssignmentAndGradeServicesTests.score("demo-student-11", 1, 10, "2026-04-01T10:00:00Z", null));

        String page = tool.http().get(demoUrl + "/demo/gradebook", Map.of()).body();

        assertThat(page).contains("ignored (not later than the current score)");
    }

    @Test
    void anUnknownCourseHasNoGradebook() {
        assertThat(tool.http().get(demoUrl + "/demo/gradebook?course=nope", Map.of("Accept", "text/html")).status()).isEqualTo(404);
    }

    private String createLineItem(String label) {
        Map<String, String> headers = TestTool.bearer(tool.token(AssignmentAndGradeServicesTests.LINEITEM_SCOPE),
                "Content-Type", AssignmentAndGradeServicesTests.LINE_ITEM);
        Answer created = tool.http().send("POST", demoUrl + "/demo/api/courses/demo-course-algebra-1/lineitems",
                DemoHttp.json(Map.of("label", label, "scoreMaximum", 10)), headers);
        return created.json().get("id").stringValue();
    }

    private void postScore(String lineItem, Map<String, Object> score) {
        Map<String, String> headers = TestTool.bearer(tool.token(AssignmentAndGradeServicesTests.SCORE_SCOPE),
                "Content-Type", AssignmentAndGradeServicesTests.SCORE_TYPE);
        Answer answer = tool.http().send("POST", lineItem + "/scores", DemoHttp.json(score), headers);
        assertThat(answer.status()).isEqualTo(204);
    }
}
