package dev.deliberate.lti.services;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.deliberate.lti.services.TestServices.CANVAS;
import static dev.deliberate.lti.services.TestServices.MOODLE;
import static dev.deliberate.lti.services.TestServices.MOODLE_TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.deliberate.lti.services.ServiceFailure.Kind;

/**
 * Assignment and Grade Services against a Canvas (line items container with Link paging) and a
 * Moodle (service URLs carrying {@code ?type_id=}): find or create the line item, publish scores,
 * read results.
 */
class AssignmentGradesTests {

    private static final String LINK_ID = "8b2bd8f1-9c4a-4e1b-a1f0-6d5c2f3e4a5b";
    private static final String CANVAS_ITEMS = "/api/lti/courses/1/line_items";
    private static final String MOODLE_ITEMS = "/mod/lti/services.php/2/lineitems?type_id=1";
    private static final String MOODLE_ITEM = "/mod/lti/services.php/2/lineitems/5/lineitem?type_id=1";
    private static final Instant WHEN = Instant.parse("2025-03-04T10:15:30.250Z");

    static TestServices lms;

    @BeforeAll
    static void start() {
        lms = new TestServices();
    }

    @AfterAll
    static void stop() {
        lms.close();
    }

    @BeforeEach
    void fresh() {
        lms.reset(Duration.ofSeconds(2), null);
        lms.canvasTokens("canvas-token");
        lms.moodleTokens("moodle-token");
    }

    @Test
    void findAsksTheContainerForTheResourceLinkAndFollowsNextToTheSecondPage() {
        canvasContainerPage(null, "2", canvasItem(3, "Quiz 1", "other-link", null, null), canvasItem(4, "Essay", null, "essay-4", null));
        canvasContainerPage("2", null, canvasItem(7, "Linear equations", LINK_ID, "deliberate-link-7", "deliberate-mastery"));

        Optional<LineItem> found = lms.grades().find(CANVAS, lms.url(CANVAS_ITEMS), LINK_ID, "deliberate-link-7");

        assertThat(found).contains(new LineItem(lms.url(CANVAS_ITEMS + "/7"), "Linear equations", 100, LINK_ID, "deliberate-link-7",
                "deliberate-mastery"));
        lms.server.verify(getRequestedFor(urlEqualTo(CANVAS_ITEMS + "?resource_link_id=" + LINK_ID))
                .withHeader("Accept", equalTo(AssignmentGrades.CONTAINER_TYPE))
                .withHeader("Authorization", equalTo("Bearer canvas-token")));
        lms.server.verify(getRequestedFor(urlPathEqualTo(CANVAS_ITEMS)).withQueryParam("page", equalTo("2"))
                .withHeader("Authorization", equalTo("Bearer canvas-token")));
    }

    @Test
    void findRecognisesTheToolsOwnResourceIdWhenTheLinkIdDoesNotMatch() {
        canvasContainerPage(null, null, canvasItem(3, "Quiz 1", "other-link", null, null),
                canvasItem(7, "Linear equations", null, "deliberate-link-7", "deliberate-mastery"));

        Optional<LineItem> found = lms.grades().find(CANVAS, lms.url(CANVAS_ITEMS), LINK_ID, "deliberate-link-7");

        assertThat(found).map(LineItem::id).contains(lms.url(CANVAS_ITEMS + "/7"));
    }

    @Test
    void findTakesNoOtherLinksLineItem() {
        canvasContainerPage(null, "2", canvasItem(3, "Quiz 1", "other-link", "other-resource", null),
                canvasItem(4, "Unbound", null, null, null));
        canvasContainerPage("2", null, canvasItem(5, "Essay", "another-link", null, null));

        Optional<LineItem> found = lms.grades().find(CANVAS, lms.url(CANVAS_ITEMS), LINK_ID, null);

        assertThat(found).isEmpty();
        lms.server.verify(2, getRequestedFor(urlPathEqualTo(CANVAS_ITEMS)));
    }

    @Test
    void absentLineItemIsCreatedInTheContainer() {
        canvasContainerPage(null, null);
        String created = canvasItem(9, "Linear equations", LINK_ID, "deliberate-link-7", "deliberate-mastery");
        lms.server.stubFor(post(CANVAS_ITEMS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.LINE_ITEM_TYPE + "; charset=utf-8").withBody(created)));
        AssignmentGrades grades = lms.grades();

        LineItem item = grades.find(CANVAS, lms.url(CANVAS_ITEMS), LINK_ID, "deliberate-link-7")
                .orElseGet(() -> grades.create(CANVAS, lms.url(CANVAS_ITEMS),
                        new LineItem(null, "Linear equations", 100, LINK_ID, "deliberate-link-7", "deliberate-mastery")));

        assertThat(item.id()).isEqualTo(lms.url(CANVAS_ITEMS + "/9"));
        assertThat(item.scoreMaximum()).isEqualTo(100);
        lms.server.verify(postRequestedFor(urlEqualTo(CANVAS_ITEMS))
                .withHeader("Content-Type", equalTo(AssignmentGrades.LINE_ITEM_TYPE))
                .withHeader("Accept", equalTo(AssignmentGrades.LINE_ITEM_TYPE))
                .withHeader("Authorization", equalTo("Bearer canvas-token"))
                .withRequestBody(equalToJson("""
                        {"scoreMaximum":100.0,"label":"Linear equations","resourceLinkId":"%s",
                         "resourceId":"deliberate-link-7","tag":"deliberate-mastery"}""".formatted(LINK_ID))));
    }

    @Test
    void creationLeavesOutWhatTheToolDoesNotKnow() {
        lms.server.stubFor(post(CANVAS_ITEMS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.LINE_ITEM_TYPE).withBody(canvasItem(10, "Practice", null, null, null))));

        LineItem item = lms.grades().create(CANVAS, lms.url(CANVAS_ITEMS), new LineItem(null, "Practice", 10, null, null, null));

        assertThat(item.resourceLinkId()).isNull();
        lms.server.verify(postRequestedFor(urlEqualTo(CANVAS_ITEMS))
                .withRequestBody(equalToJson("{\"scoreMaximum\":10.0,\"label\":\"Practice\"}")));
    }

    @Test
    void findInMoodleAddsTheFilterAfterTypeId() {
        lms.server.stubFor(get(urlPathEqualTo("/mod/lti/services.php/2/lineitems")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.CONTAINER_TYPE).withBody("[" + moodleItem(5, "3") + "]")));

        Optional<LineItem> found = lms.grades().find(MOODLE, lms.url(MOODLE_ITEMS), "3", "deliberate-link-7");

        assertThat(found).map(LineItem::id).contains(lms.url(MOODLE_ITEM));
        lms.server.verify(getRequestedFor(urlEqualTo(MOODLE_ITEMS + "&resource_link_id=3"))
                .withHeader("Authorization", equalTo("Bearer moodle-token")));
    }

    @Test
    void lineItemFromTheLaunchClaimIsReadWhereItIs() {
        lms.server.stubFor(get(urlEqualTo(MOODLE_ITEM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.LINE_ITEM_TYPE).withBody(moodleItem(5, "3"))));

        LineItem item = lms.grades().get(MOODLE, lms.url(MOODLE_ITEM));

        assertThat(item).isEqualTo(new LineItem(lms.url(MOODLE_ITEM), "Linear equations", 10, "3", "", ""));
        lms.server.verify(getRequestedFor(urlEqualTo(MOODLE_ITEM)).withHeader("Accept", equalTo(AssignmentGrades.LINE_ITEM_TYPE))
                .withHeader("Authorization", equalTo("Bearer moodle-token")));
        assertThat(lms.tokenRequests(MOODLE_TOKEN_PATH)).hasSize(1);
    }

    @Test
    void scoreIsPostedToTheLineItemsScoresAsAScoreDocument() {
        String item = CANVAS_ITEMS + "/7";
        lms.server.stubFor(post(item + "/scores").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"resultUrl\":\"" + lms.url(item) + "/results/4\"}")));

        lms.grades().publish(CANVAS, lms.url(item),
                new Score("5323cbf2-user", 72.5, 100, "Completed", "FullyGraded", WHEN, "Mastered 5 of 7 skills"));

        lms.server.verify(1, postRequestedFor(urlEqualTo(item + "/scores"))
                .withHeader("Content-Type", equalTo(AssignmentGrades.SCORE_TYPE))
                .withHeader("Authorization", equalTo("Bearer canvas-token"))
                .withRequestBody(equalToJson("""
                        {"userId":"5323cbf2-user","scoreGiven":72.5,"scoreMaximum":100.0,"activityProgress":"Completed",
                         "gradingProgress":"FullyGraded","timestamp":"2025-03-04T10:15:30.250Z","comment":"Mastered 5 of 7 skills"}""")));
    }

    @Test
    void scoreWithoutCommentSendsNoComment() {
        String item = CANVAS_ITEMS + "/7";
        lms.server.stubFor(post(item + "/scores").willReturn(aResponse().withStatus(200)));

        lms.grades().publish(CANVAS, lms.url(item), new Score("user-1", 0, 100, "InProgress", "Pending", WHEN, null));

        lms.server.verify(postRequestedFor(urlEqualTo(item + "/scores")).withRequestBody(equalToJson("""
                {"userId":"user-1","scoreGiven":0.0,"scoreMaximum":100.0,"activityProgress":"InProgress",
                 "gradingProgress":"Pending","timestamp":"2025-03-04T10:15:30.250Z"}""")));
    }

    @Test
    void moodleScoreGoesToScoresBeforeTheQueryString() {
        lms.server.stubFor(post(urlEqualTo("/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")));

        lms.grades().publish(MOODLE, lms.url(MOODLE_ITEM), new Score("3", 8, 10, "Completed", "FullyGraded", WHEN, null));

        lms.server.verify(1, postRequestedFor(urlEqualTo("/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=1"))
                .withHeader("Content-Type", equalTo(AssignmentGrades.SCORE_TYPE))
                .withHeader("Authorization", equalTo("Bearer moodle-token")));
    }

    @Test
    void moodleRefusingAScoreNotNewerThanItsOwnIsAConflictNotWorthRetrying() {
        lms.server.stubFor(post(urlEqualTo("/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=1"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "text/html; charset=utf-8")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().publish(MOODLE, lms.url(MOODLE_ITEM),
                new Score("3", 8, 10, "Completed", "FullyGraded", WHEN, null)));

        assertThat(failure.status()).isEqualTo(409);
        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).startsWith("score answered 409");
    }

    @Test
    void resultsOfEveryPageAreRead() {
        String results = CANVAS_ITEMS + "/7/results";
        lms.server.stubFor(get(urlPathEqualTo(results)).withQueryParam("page", absent()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.RESULTS_TYPE)
                .withHeader("Link", "<" + lms.url(results) + "?page=2&per_page=2>; rel=\"next\",<" + lms.url(results)
                        + "?page=1&per_page=2>; rel=\"first\"")
                .withBody("[" + canvasResult("user-a", "13", "20", "Nice work") + "," + canvasResult("user-b", "20", "20", null) + "]")));
        lms.server.stubFor(get(urlPathEqualTo(results)).withQueryParam("page", equalTo("2")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.RESULTS_TYPE)
                .withBody("[" + canvasResult("user-c", null, "20", null) + "]")));

        List<Result> read = lms.grades().results(CANVAS, lms.url(CANVAS_ITEMS + "/7"), null);

        assertThat(read).containsExactly(new Result("user-a", 13.0, 20.0, "Nice work"), new Result("user-b", 20.0, 20.0, null),
                new Result("user-c", null, 20.0, null));
        lms.server.verify(getRequestedFor(urlEqualTo(results)).withHeader("Accept", equalTo(AssignmentGrades.RESULTS_TYPE)));
    }

    @Test
    void resultsOfOneMoodleUserKeepTypeIdAndAddUserId() {
        String results = "/mod/lti/services.php/2/lineitems/5/lineitem/results?type_id=1&user_id=3";
        lms.server.stubFor(get(urlEqualTo(results)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.resultcontainer+json; charset=utf-8")
                .withBody("""
                        [{"id":"%s","userId":"3","resultScore":8,"resultMaximum":10,"scoreOf":"%s",
                          "timestamp":"2025-03-04T10:15:30+00:00"}]""".formatted(lms.url(results), lms.url(MOODLE_ITEM)))));

        List<Result> read = lms.grades().results(MOODLE, lms.url(MOODLE_ITEM), "3");

        assertThat(read).containsExactly(new Result("3", 8.0, 10.0, null));
    }

    @Test
    void lineItemWithoutAnIdIsAPermanentFailure() {
        lms.server.stubFor(post(CANVAS_ITEMS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.LINE_ITEM_TYPE).withBody("{\"label\":\"Practice\",\"scoreMaximum\":10}")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().create(CANVAS, lms.url(CANVAS_ITEMS),
                new LineItem(null, "Practice", 10, null, null, null)));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("without an id");
    }

    @Test
    void containerThatIsNotAJsonArrayIsAPermanentFailure() {
        lms.server.stubFor(get(urlPathEqualTo(CANVAS_ITEMS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Log in to Canvas</body></html>")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class,
                () -> lms.grades().find(CANVAS, lms.url(CANVAS_ITEMS), LINK_ID, null));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("did not answer JSON");
    }

    @Test
    void lineItemUrlThatIsNoUrlIsAPermanentFailureWithoutAnyRequest() {
        Score score = new Score("5323cbf2-user", 80, 100, "Completed", "FullyGraded", WHEN, null);

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class,
                () -> lms.grades().publish(CANVAS, lms.url(CANVAS_ITEMS + "/7 8"), score));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).contains("is not valid");
        assertThat(lms.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void lineItemWhoseIdIsOnAnotherOriginIsAPermanentFailureAndGetsNoScore() {
        String foreign = canvasItem(7, "Linear equations", LINK_ID, null, null).replace(lms.url(CANVAS_ITEMS), lms.foreignUrl(CANVAS_ITEMS));
        canvasContainerPage(null, null, foreign);
        AssignmentGrades grades = lms.grades();

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> grades.find(CANVAS, lms.url(CANVAS_ITEMS), LINK_ID, null)
                .ifPresent(item -> grades.publish(CANVAS, item.id(), new Score("user-1", 1, 1, "Completed", "FullyGraded", WHEN, null))));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("line item id " + lms.foreignUrl(CANVAS_ITEMS + "/7"), "another origin");
        lms.server.verify(0, postRequestedFor(urlPathEqualTo(CANVAS_ITEMS + "/7/scores")));
    }

    @Test
    void createdLineItemWhoseIdIsOnAnotherOriginIsAPermanentFailure() {
        lms.server.stubFor(post(CANVAS_ITEMS).willReturn(aResponse().withStatus(201).withHeader("Content-Type", AssignmentGrades.LINE_ITEM_TYPE)
                .withBody(canvasItem(9, "Practice", null, null, null).replace("http://127.0.0.1:", "https://127.0.0.1:"))));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().create(CANVAS, lms.url(CANVAS_ITEMS),
                new LineItem(null, "Practice", 10, null, null, null)));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("another origin");
    }

    @Test
    void resultsPageOnAnotherOriginIsNotRead() {
        String results = CANVAS_ITEMS + "/7/results";
        lms.server.stubFor(get(urlPathEqualTo(results)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", AssignmentGrades.RESULTS_TYPE)
                .withHeader("Link", "<" + lms.foreignUrl(results) + "?page=2>; rel=\"next\"")
                .withBody("[" + canvasResult("user-1", "8", "10", null) + "]")));

        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().results(CANVAS, lms.url(CANVAS_ITEMS + "/7"), null));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        lms.server.verify(1, getRequestedFor(urlPathEqualTo(results)));
    }

    @Test
    void plainHttpServiceUrlOffLoopbackIsRefusedBeforeAnyTokenIsAskedFor() {
        ServiceFailure failure = catchThrowableOfType(ServiceFailure.class, () -> lms.grades().publish(CANVAS,
                "http://canvas.example.edu/api/lti/courses/1/line_items/7", new Score("user-1", 1, 1, "Completed", "FullyGraded", WHEN, null)));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("is plain http", "deliberate.lti.allow-http-platforms");
        assertThat(lms.server.getAllServeEvents()).isEmpty();
    }

    /** One page of Canvas's line items; {@code page} null for the first, {@code next} null for the last. */
    private void canvasContainerPage(String page, String next, String... items) {
        var request = get(urlPathEqualTo(CANVAS_ITEMS)).withQueryParam("page", page == null ? absent() : equalTo(page));
        var response = aResponse().withStatus(200).withHeader("Content-Type", AssignmentGrades.CONTAINER_TYPE + "; charset=utf-8")
                .withBody("[" + String.join(",", items) + "]");
        if (next != null) {
            String base = lms.url(CANVAS_ITEMS);
            response.withHeader("Link", "<" + base + "?page=1&per_page=2&resource_link_id=" + LINK_ID + ">; rel=\"current\","
                    + "<" + base + "?page=" + next + "&per_page=2&resource_link_id=" + LINK_ID + ">; rel=\"next\","
                    + "<" + base + "?page=1&per_page=2&resource_link_id=" + LINK_ID + ">; rel=\"first\"");
        }
        lms.server.stubFor(request.willReturn(response));
    }

    private String canvasItem(int id, String label, String resourceLinkId, String resourceId, String tag) {
        return """
                {"id":"%s","scoreMaximum":100.0,"label":"%s"%s%s%s,
                 "https://canvas.instructure.com/lti/submission_type":{"type":"external_tool","external_tool_url":"https://tool.example/launch"}}"""
                .formatted(lms.url(CANVAS_ITEMS + "/" + id), label, field("resourceLinkId", resourceLinkId),
                        field("resourceId", resourceId), field("tag", tag));
    }

    private String moodleItem(int id, String ltiLinkId) {
        String url = lms.url("/mod/lti/services.php/2/lineitems/" + id + "/lineitem?type_id=1");
        return """
                {"id":"%s","label":"Linear equations","scoreMaximum":10,"resourceId":"","tag":"","resourceLinkId":"%s","ltiLinkId":"%s"}"""
                .formatted(url, ltiLinkId, ltiLinkId);
    }

    private String canvasResult(String userId, String score, String maximum, String comment) {
        return """
                {"id":"%s","scoreOf":"%s","userId":"%s"%s,"resultMaximum":%s%s}""".formatted(
                lms.url(CANVAS_ITEMS + "/7/results/" + userId), lms.url(CANVAS_ITEMS + "/7"), userId,
                score == null ? "" : ",\"resultScore\":" + score, maximum, field("comment", comment));
    }

    private static String field(String name, String value) {
        return value == null ? "" : ",\"" + name + "\":\"" + value + "\"";
    }
}
