package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import dev.deliberate.demoplatform.DemoHttp.Answer;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * LTI Assignment and Grade Services 2.0 on the demo platform: line items created, listed, filtered,
 * paged, changed and deleted by their tool; scores kept only when newer; results read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentAndGradeServicesTests extends IntegrationTestSupport {

    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";
    static final String LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String READONLY_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final String RESULT_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    @Value("${deliberate.demo.base-url}")
    String demoUrl;

    TestTool tool;
    String container;

    @BeforeAll
    void register() {
        tool = TestTool.registered(demoUrl, clock, DynamicRegistrationTests.ALL_SCOPES);
        container = demoUrl + "/demo/api/courses/demo-course-algebra-1/lineitems";
    }

    @AfterAll
    void close() {
        tool.close();
    }

    @Test
    void aCreatedLineItemIsAnsweredWithItsUrlAndReadBack() {
        Answer created = create(Map.of("label", "Chapter 5 test", "scoreMaximum", 60, "tag", "grade", "resourceId", "ch5"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.contentType()).startsWith(LINE_ITEM);
        String id = created.json().get("id").stringValue();
        assertThat(id).startsWith(container + "/");
        assertThat(created.headers().firstValue("Location")).hasValue(id);
        JsonNode read = tool.http().get(id, TestTool.bearer(tool.token(READONLY_SCOPE))).json();
        assertThat(read.get("label").stringValue()).isEqualTo("Chapter 5 test");
        assertThat(read.get("scoreMaximum").asDouble()).isEqualTo(60);
        assertThat(read.get("tag").stringValue()).isEqualTo("grade");
        assertThat(read.get("resourceId").stringValue()).isEqualTo("ch5");
    }

    @Test
    void theContainerFiltersByTagResourceIdAndResourceLink() {
        String tag = "filter-" + System.nanoTime();
        create(Map.of("label", "A", "scoreMaximum", 10, "tag", tag, "resourceId", "r-a"));
        create(Map.of("label", "B", "scoreMaximum", 10, "tag", tag, "resourceId", "r-b"));
        String token = tool.token(READONLY_SCOPE);

        Answer byTag = tool.http().get(container + "?tag=" + tag, TestTool.bearer(token));
        Answer byResource = tool.http().get(container + "?tag=" + tag + "&resource_id=r-b", TestTool.bearer(token));
        Answer byLink = tool.http().get(container + "?resource_link_id=no-such-link", TestTool.bearer(token));

        assertThat(byTag.contentType()).startsWith(CONTAINER);
        assertThat(labels(byTag)).containsExactly("A", "B");
        assertThat(labels(byResource)).containsExactly("B");
        assertThat(labels(byLink)).isEmpty();
    }

    @Test
    void theContainerPagesWithLinkNext() {
        String tag = "paging-" + System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            create(Map.of("label", "Item " + i, "scoreMaximum", 10, "tag", tag));
        }
        String token = tool.token(READONLY_SCOPE);
        List<String> seen = new ArrayList<>();
        String next = container + "?tag=" + tag + "&limit=2";
        int pages = 0;
        while (next != null) {
            Answer page = tool.http().get(next, TestTool.bearer(token));
            seen.addAll(labels(page));
            next = page.link("next").orElse(null);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("Item 1", "Item 2", "Item 3", "Item 4", "Item 5");
    }

    @Test
    void aLineItemIsChangedByPutAndGoneAfterDelete() {
        String id = create(Map.of("label", "Draft", "scoreMaximum", 10)).json().get("id").stringValue();
        Map<String, String> headers = TestTool.bearer(tool.token(LINEITEM_SCOPE), "Content-Type", LINE_ITEM);

        Answer put = tool.http().send("PUT", id, DemoHttp.json(Map.of("id", id, "label", "Final", "scoreMaximum", 20)), headers);
        Answer deleted = tool.http().send("DELETE", id, null, headers);
        Answer gone = tool.http().get(id, headers);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("label").stringValue()).isEqualTo("Final");
        assertThat(put.json().get("scoreMaximum").asDouble()).isEqualTo(20);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(gone.status()).isEqualTo(404);
    }

    @Test
    void aLineItemWithoutLabelOrPositiveMaximumIsRefused() {
        Answer noLabel = create(Map.of("scoreMaximum", 10));
        Answer zero = create(Map.of("label", "Zero", "scoreMaximum", 0));

        assertThat(noLabel.status()).isEqualTo(400);
        assertThat(noLabel.json().get("error_description").stringValue()).contains("label");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("error_description").stringValue()).contains("scoreMaximum");
    }

    @Test
    void anotherToolsLineItemsAreInvisible() {
        String id = create(Map.of("label", "Private", "scoreMaximum", 10)).json().get("id").stringValue();
        try (TestTool other = TestTool.registered(demoUrl, clock, DynamicRegistrationTests.ALL_SCOPES)) {
            Answer answer = other.http().get(id, TestTool.bearer(other.token(READONLY_SCOPE)));

            assertThat(answer.status()).isEqualTo(404);
        }
    }

    @Test
    void aScoreIsAcceptedAndReadBackAsAResult() {
        String id = create(Map.of("label", "Scored", "scoreMaximum", 50)).json().get("id").stringValue();

        Answer posted = postScore(id, score("demo-student-03", 8, 10, "2026-03-01T10:00:00.000Z", "Well done"));
        Answer results = tool.http().get(id + "/results", TestTool.bearer(tool.token(RESULT_SCOPE)));

        assertThat(posted.status()).as(posted.body()).isEqualTo(204);
        assertThat(results.contentType()).startsWith(RESULTS);
        JsonNode result = results.json().get(0);
        assertThat(result.get("userId").stringValue()).isEqualTo("demo-student-03");
        assertThat(result.get("scoreOf").stringValue()).isEqualTo(id);
        assertThat(result.get("resultScore").asDouble()).isEqualTo(40);
        assertThat(result.get("resultMaximum").asDouble()).isEqualTo(50);
        assertThat(result.get("comment").stringValue()).isEqualTo("Well done");
    }

    @Test
    void aScoreWithAnOlderOrEqualTimestampIsAcceptedButIgnored() {
        String id = create(Map.of("label", "Order", "scoreMaximum", 10)).json().get("id").stringValue();
        postScore(id, score("demo-student-04", 7, 10, "2026-03-01T10:00:00.500Z", null));

        Answer older = postScore(id, score("demo-student-04", 2, 10, "2026-03-01T10:00:00.400Z", null));
        Answer equal = postScore(id, score("demo-student-04", 3, 10, "2026-03-01T10:00:00.500Z", null));
        double kept = result(id, "demo-student-04").get("resultScore").asDouble();
        Answer newer = postScore(id, score("demo-student-04", 9, 10, "2026-03-01T10:00:00.501Z", null));

        assertThat(older.status()).isEqualTo(204);
        assertThat(equal.status()).isEqualTo(204);
        assertThat(kept).isEqualTo(7);
        assertThat(newer.status()).isEqualTo(204);
        assertThat(result(id, "demo-student-04").get("resultScore").asDouble()).isEqualTo(9);
    }

    @Test
    void aScoreForSomeoneWhoIsNotALearnerOfTheCourseIsUnprocessable() {
        String id = create(Map.of("label", "Members", "scoreMaximum", 10)).json().get("id").stringValue();

        Answer stranger = postScore(id, score("test-student-canvas", 1, 10, Instant.now().toString(), null));
        Answer teacher = postScore(id, score("demo-teacher-1", 1, 10, Instant.now().toString(), null));

        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.json().get("error_description").stringValue()).contains("not a learner");
        assertThat(teacher.status()).isEqualTo(422);
    }

    @Test
    void aScoreWithABadProgressOrTimestampIsRefused() {
        String id = create(Map.of("label", "Checks", "scoreMaximum", 10)).json().get("id").stringValue();
        Map<String, Object> badProgress = score("demo-student-05", 1, 10, Instant.now().toString(), null);
        badProgress.put("gradingProgress", "Done");
        Map<String, Object> badTime = score("demo-student-05", 1, 10, "yesterday", null);
        Map<String, Object> noMaximum = score("demo-student-05", 1, 10, Instant.now().toString(), null);
        noMaximum.remove("scoreMaximum");

        assertThat(postScore(id, badProgress).json().get("error_description").stringValue()).contains("gradingProgress");
        assertThat(postScore(id, badTime).json().get("error_description").stringValue()).contains("timestamp");
        assertThat(postScore(id, noMaximum).status()).isEqualTo(400);
    }

    @Test
    void aCallWithoutATokenIsUnauthorizedAndOneWithoutTheScopeIsForbidden() {
        String id = create(Map.of("label", "Scopes", "scoreMaximum", 10)).json().get("id").stringValue();
        String body = DemoHttp.json(score("demo-student-06", 1, 10, Instant.now().toString(), null));

        Answer none = tool.http().send("POST", id + "/scores", body, Map.of("Content-Type", SCORE_TYPE));
        Answer bogus = tool.http().send("POST", id + "/scores", body, TestTool.bearer("not-a-token", "Content-Type", SCORE_TYPE));
        Answer readOnly = tool.http().send("POST", id + "/scores", body,
                TestTool.bearer(tool.token(READONLY_SCOPE), "Content-Type", SCORE_TYPE));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("error").stringValue()).isEqualTo("invalid_token");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(bogus.status()).isEqualTo(401);
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.json().get("error").stringValue()).isEqualTo("insufficient_scope");
    }

    @Test
    void resultsFilterByUserAndPage() {
        String id = create(Map.of("label", "Results", "scoreMaximum", 10)).json().get("id").stringValue();
        for (String student : List.of("demo-student-07", "demo-student-08", "demo-student-09")) {
            postScore(id, score(student, 5, 10, Instant.now().toString(), null));
        }
        String token = tool.token(RESULT_SCOPE);

        Answer one = tool.http().get(id + "/results?user_id=demo-student-08", TestTool.bearer(token));
        Answer firstPage = tool.http().get(id + "/results?limit=2", TestTool.bearer(token));
        Answer secondPage = tool.http().get(firstPage.link("next").orElseThrow(), TestTool.bearer(token));

        assertThat(one.json().values()).extracting(r -> r.get("userId").stringValue()).containsExactly("demo-student-08");
        assertThat(firstPage.json().values()).hasSize(2);
        assertThat(secondPage.json().values()).extracting(r -> r.get("userId").stringValue()).containsExactly("demo-student-09");
        assertThat(secondPage.link("next")).isEmpty();
    }

    Answer create(Map<String, Object> item) {
        return tool.http().send("POST", container, DemoHttp.json(item),
                TestTool.bearer(tool.token(LINEITEM_SCOPE), "Content-Type", LINE_ITEM));
    }

    Answer postScore(String lineItem, Map<String, Object> score) {
        return tool.http().send("POST", lineItem + "/scores", DemoHttp.json(score),
                TestTool.bearer(tool.token(SCORE_SCOPE), "Content-Type", SCORE_TYPE));
    }

    JsonNode result(String lineItem, String userId) {
        return tool.http().get(lineItem + "/results?user_id=" + userId, TestTool.bearer(tool.token(RESULT_SCOPE))).json().get(0);
    }

    static Map<String, Object> score(String userId, double given, double maximum, String timestamp, String comment) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", userId);
        score.put("scoreGiven", given);
        score.put("scoreMaximum", maximum);
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", timestamp);
        if (comment != null) {
            score.put("comment", comment);
        }
        return score;
    }

    static List<String> labels(Answer container) {
        return container.json().values().stream().map(i -> i.get("label").stringValue()).toList();
    }
}
