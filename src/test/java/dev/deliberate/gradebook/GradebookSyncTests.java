package dev.deliberate.gradebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.course.Courses;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.services.AssignmentGrades;
import dev.deliberate.mastery.MasteryChanged;
import dev.deliberate.practice.AssignmentCompleted;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Score delivery against WireMock platforms shaped like Canvas and Moodle: coalescing, line items,
 * faults and retries, permanent failures shown to the teacher, a node that dies mid-send, and
 * several nodes sending at once. Launches are real (signed by the test platform), so every score
 * is built from what the tool recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "deliberate.gradebook.quiet=300ms", "deliberate.gradebook.max-wait=2s", "deliberate.gradebook.poll=50ms",
        "deliberate.gradebook.backoff=100ms", "deliberate.gradebook.max-backoff=400ms", "deliberate.gradebook.max-attempts=8",
        "deliberate.lti.http-timeout=1500ms" })
class GradebookSyncTests extends IntegrationTestSupport {

    private static final String LTI = TestPlatform.LTI;
    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final List<String> AGS_SCOPES = List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly", "https://purl.imsglobal.org/spec/lti-ags/scope/score");
    private static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PlatformRegistry registry;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScoreOutbox outbox;

    @Autowired
    Courses courses;

    @Autowired
    AssignmentGrades grades;

    @Autowired
    ScoreBuilder scores;

    @Autowired
    AssignmentLineItems lineItems;

    @Autowired
    GradebookProperties properties;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform canvas;
    TestPlatform moodle;

    @BeforeAll
    void registerPlatforms() {
        canvas = TestPlatform.create(clock);
        registry.save(canvas.settingsWithServices(), PlatformSource.ADMIN_API);
        moodle = new TestPlatform("https://moodle-" + System.nanoTime() + ".example.edu", "moodle-client", List.of("1"), clock);
        registry.save(moodle.settingsWithServices(), PlatformSource.ADMIN_API);
        for (TestPlatform platform : List.of(canvas, moodle)) {
            platform.server().stubFor(post("/token").willReturn(aResponse().withStatus(200)
                    // Moodle's token.php answers JSON labelled text/html
                    .withHeader("Content-Type", platform == moodle ? "text/html; charset=utf-8" : "application/json")
                    .withBody("{\"access_token\":\"token-" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        }
    }

    @AfterAll
    void stopPlatforms() {
        canvas.close();
        moodle.close();
    }

    @Test
    void manyMasteryChangesBecomeOneScoreAndCompletionAFinalOne() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        acceptScores(canvas, item);
        Student ada = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));

        for (int attempt = 1; attempt <= 20; attempt++) {
            changed(ada, attempt / 40.0);
        }
        List<JsonNode> posted = awaitScores(canvas, item, 1);
        pause(Duration.ofMillis(800));
        assertThat(scoresPosted(canvas, item)).as("twenty changes inside one window make one POST").hasSize(1);
        assertThat(posted.get(0).path("scoreGiven").asDouble()).isEqualTo(50.0);
        assertThat(posted.get(0).path("scoreMaximum").asDouble()).isEqualTo(100.0);
        assertThat(posted.get(0).path("userId").asString()).isEqualTo(ada.userId());
        assertThat(posted.get(0).path("gradingProgress").asString()).isEqualTo("Pending");
        assertThat(posted.get(0).path("comment").asString()).startsWith("Mastery 50%").doesNotContain("goal met");

        events.publishEvent(new AssignmentCompleted(ada.membershipId(), ada.contextId(), ada.linkId(), 0.82, clock.instant()));
        List<JsonNode> both = awaitScores(canvas, item, 2);
        JsonNode last = both.get(1);
        assertThat(last.path("scoreGiven").asDouble()).isEqualTo(82.0);
        assertThat(last.path("gradingProgress").asString()).isEqualTo("FullyGraded");
        assertThat(last.path("activityProgress").asString()).isEqualTo("Completed");
        assertThat(last.path("comment").asString()).as("the comment agrees with the completion").contains("· goal met");
        assertThat(Instant.parse(last.path("timestamp").asString())).isAfter(Instant.parse(both.get(0).path("timestamp").asString()));
        assertThat(canvas.server().findAll(postRequestedFor(urlPathEqualTo(item + "/scores"))))
                .allSatisfy(r -> assertThat(r.getHeader("Content-Type")).startsWith(SCORE_TYPE))
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer token-"));
        assertThat(status(ada)).isEqualTo("SENT");
    }

    @Test
    void theCommentIsWrittenInTheLanguageOfTheCourse() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        acceptScores(canvas, item);
        Map<String, Object> ags = Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"), "lineitem", canvas.url(item),
                "scope", AGS_SCOPES);
        Student eva = launch(canvas, "canvas", ags);
        launchTeacher(canvas, eva, ags, "es-ES");

        changed(eva, 0.5);

        assertThat(awaitScores(canvas, item, 1).get(0).path("comment").asString()).startsWith("Dominio 50% · ");
    }

    @Test
    void anUnbrokenRunOfChangesIsReportedAtTheLimitAndAgainWhenItStops() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        acceptScores(canvas, item);
        Student ida = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));
        Instant start = Instant.now();

        // a change every 100 ms for 3.2 s: never quiet for 300 ms, so only the 2 s limit sends during the run
        for (int i = 1; i <= 32; i++) {
            changed(ida, i / 100.0);
            pause(Duration.ofMillis(100));
        }
        List<JsonNode> during = scoresPosted(canvas, item);
        List<JsonNode> all = awaitScores(canvas, item, 2);
        pause(Duration.ofMillis(700));

        assertThat(during).as("one send forced by the limit while the changes kept coming").hasSize(1);
        assertThat(scoresPosted(canvas, item)).as("and one when they stopped").hasSize(2);
        assertThat(all.get(1).path("scoreGiven").asDouble()).as("the last change is the one delivered").isEqualTo(32.0);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void afterEveryKindOfTransientFaultTheFinalScoreArrivesOnceWithOneTimestamp(CapturedOutput output) {
        String item = "/api/lti/courses/1/line_items/" + seq();
        String scoresPath = item + "/scores";
        String scenario = "faults-" + item;
        List<com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder> answers = List.of(
                aResponse().withStatus(500),
                aResponse().withStatus(503).withBody("Service Unavailable"),
                aResponse().withStatus(429).withHeader("Retry-After", "1"),
                aResponse().withStatus(403).withHeader("X-Rate-Limit-Remaining", "0").withBody("403 Forbidden (Rate Limit Exceeded)"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(200).withFixedDelay(3000),
                aResponse().withStatus(200));
        lineItem(canvas, item);
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.size(); i++) {
            String next = i == answers.size() - 1 ? state : "step-" + (i + 1);
            canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(answers.get(i)).willSetStateTo(next));
            state = next;
        }
        Student ben = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));

        events.publishEvent(new AssignmentCompleted(ben.membershipId(), ben.contextId(), ben.linkId(), 0.9, clock.instant()));

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(ben)));
        List<LoggedRequest> requests = canvas.server().findAll(postRequestedFor(urlPathEqualTo(scoresPath)));
        assertThat(requests).as("six failures (one a timeout whose answer came too late), then success").hasSize(7);
        assertThat(requests.stream().map(r -> body(r).path("timestamp").asString()).distinct().toList())
                .as("every resend is the same score to the platform").hasSize(1);
        assertThat(requests).allSatisfy(r -> assertThat(body(r).path("scoreGiven").asDouble()).isEqualTo(90.0));
        Duration afterRetryAfter = Duration.between(requests.get(2).getLoggedDate().toInstant(), requests.get(3).getLoggedDate().toInstant());
        assertThat(afterRetryAfter).as("429 Retry-After: 1 is honoured").isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(output).contains("Score delivery retried reason=TRANSIENT").contains("status=429").contains("status=403");
        pause(Duration.ofMillis(600));
        assertThat(canvas.server().findAll(postRequestedFor(urlPathEqualTo(scoresPath)))).as("nothing after success").hasSize(7);
    }

    @Test
    void aPermanentRefusalIsShownToTheTeacherWhoCanSendItAgain(CapturedOutput output) {
        String item = "/api/lti/courses/1/line_items/" + seq();
        String scoresPath = item + "/scores";
        lineItem(canvas, item);
        // Canvas refuses scores for its Test Student with 422
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(422).withBody("{\"errors\":{\"type\":\"unprocessable_entity\"}}"))
                .willSetStateTo("fixed"));
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs("fixed")
                .willReturn(aResponse().withStatus(200)));
        Map<String, Object> ags = Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"), "lineitem", canvas.url(item),
                "scope", AGS_SCOPES);
        Student cleo = launch(canvas, "canvas", ags);

        events.publishEvent(new AssignmentCompleted(cleo.membershipId(), cleo.contextId(), cleo.linkId(), 0.7, clock.instant()));

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(cleo)));
        pause(Duration.ofMillis(400));
        assertThat(scoresPosted(canvas, item)).as("a permanent refusal is not retried").hasSize(1);
        assertThat(output).contains("Score delivery failed reason=PERMANENT").contains("status=422");

        Teacher teacher = launchTeacher(canvas, cleo, ags);
        Reply home = teacher.browser().get("/teacher", Map.of("X-Deliberate-Session", teacher.session()));
        assertThat(home.body()).contains("not accepted by the LMS", "422", "/teacher/grades/" + cleo.membershipId() + "/retry");

        Reply retried = teacher.browser().post("/teacher/grades/" + cleo.membershipId() + "/retry", Map.of(),
                Map.of("X-Deliberate-Session", teacher.session()));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).contains("That grade will be sent again now.");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(cleo)));
        assertThat(scoresPosted(canvas, item)).hasSize(2);
    }

    @Test
    void theTeacherSetsTheScoresSentBesideWhatTheLmsHolds() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        acceptScores(canvas, item);
        Map<String, Object> ags = Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"), "lineitem", canvas.url(item),
                "scope", AGS_SCOPES);
        String course = "course-" + UUID.randomUUID();
        Student kai = launch(canvas, "canvas", ags, course, "link-compare");
        Student lea = launch(canvas, "canvas", ags, course, "link-compare");
        events.publishEvent(new AssignmentCompleted(kai.membershipId(), kai.contextId(), kai.linkId(), 0.9, clock.instant()));
        events.publishEvent(new AssignmentCompleted(lea.membershipId(), lea.contextId(), lea.linkId(), 0.6, clock.instant()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(kai)) && "SENT".equals(status(lea)));
        // the LMS holds Kai's score as sent, and Lea's as a teacher changed it there
        canvas.server().stubFor(get(urlPathEqualTo(item + "/results")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.resultcontainer+json")
                .withBody("[{\"userId\":\"" + kai.userId() + "\",\"resultScore\":90,\"resultMaximum\":100},"
                        + "{\"userId\":\"" + lea.userId() + "\",\"resultScore\":75,\"resultMaximum\":100},"
                        + "{\"userId\":\"someone-else\",\"resultScore\":10,\"resultMaximum\":100}]")));

        Teacher teacher = launchTeacher(canvas, kai, ags);
        Reply compared = teacher.browser().post("/teacher/grades/compare", Map.of(), Map.of("X-Deliberate-Session", teacher.session()));

        assertThat(compared.body()).contains("The LMS gradebook was read");
        String kaiRow = rowOf(compared.body(), kai.membershipId());
        String leaRow = rowOf(compared.body(), lea.membershipId());
        assertThat(kaiRow).contains("90.0", "LMS holds 90.0").doesNotContain("differs");
        assertThat(leaRow).contains("60.0", "LMS holds 75.0", "lms-score differs");
    }

    @Test
    void withoutALineItemClaimTheLineItemIsFoundAcrossPagesOrCreatedAndRemembered() {
        String container = "/api/lti/courses/" + seq() + "/line_items";
        canvas.server().stubFor(get(urlPathEqualTo(container)).withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitemcontainer+json")
                        .withHeader("Link", "<" + canvas.url(container + "?page=2") + ">; rel=\"next\"")
                        .withBody("[{\"id\":\"" + canvas.url(container + "/1") + "\",\"scoreMaximum\":10,\"label\":\"Quiz\","
                                + "\"resourceLinkId\":\"other-link\"}]")));
        Student dan = launch(canvas, "canvas", Map.of("lineitems", canvas.url(container), "scope", AGS_SCOPES));
        canvas.server().stubFor(get(urlPathEqualTo(container)).withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitemcontainer+json")
                        .withBody("[{\"id\":\"" + canvas.url(container + "/2") + "\",\"scoreMaximum\":20,\"label\":\"Practice\","
                                + "\"resourceLinkId\":\"" + dan.lmsLinkId() + "\"}]")));
        acceptScores(canvas, container + "/2");

        events.publishEvent(new AssignmentCompleted(dan.membershipId(), dan.contextId(), dan.linkId(), 0.5, clock.instant()));

        List<JsonNode> posted = awaitScores(canvas, container + "/2", 1);
        assertThat(posted.get(0).path("scoreMaximum").asDouble()).as("the line item's own maximum").isEqualTo(20.0);
        assertThat(posted.get(0).path("scoreGiven").asDouble()).isEqualTo(10.0);
        assertThat(jdbc.sql("SELECT lineitem_url FROM course_resource_link WHERE id = ?").param(dan.linkId()).query(String.class).single())
                .isEqualTo(canvas.url(container + "/2"));

        // another course whose container holds no line item for the link: one is created with the tool's resourceId and tag
        String empty = "/api/lti/courses/" + seq() + "/line_items";
        canvas.server().stubFor(get(urlPathEqualTo(empty)).willReturn(aResponse().withStatus(200).withBody("[]")));
        canvas.server().stubFor(post(urlPathEqualTo(empty)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\":\"" + canvas.url(empty + "/9") + "\",\"scoreMaximum\":100,\"label\":\"Linear equations\"}")));
        acceptScores(canvas, empty + "/9");
        Student eve = launch(canvas, "canvas", Map.of("lineitems", canvas.url(empty), "scope", AGS_SCOPES));

        events.publishEvent(new AssignmentCompleted(eve.membershipId(), eve.contextId(), eve.linkId(), 0.75, clock.instant()));
        awaitScores(canvas, empty + "/9", 1);
        JsonNode created = body(canvas.server().findAll(postRequestedFor(urlPathEqualTo(empty))).get(0));
        assertThat(created.path("resourceLinkId").asString()).isEqualTo(eve.lmsLinkId());
        assertThat(created.path("resourceId").asString()).isEqualTo("deliberate-link-" + eve.linkId());
        assertThat(created.path("tag").asString()).isEqualTo("deliberate-mastery");
        assertThat(created.path("scoreMaximum").asDouble()).isEqualTo(100.0);

        events.publishEvent(new AssignmentCompleted(eve.membershipId(), eve.contextId(), eve.linkId(), 0.8, clock.instant()));
        awaitScores(canvas, empty + "/9", 2);
        assertThat(canvas.server().findAll(postRequestedFor(urlPathEqualTo(empty)))).as("created once, then remembered").hasSize(1);
    }

    @Test
    void moodleGetsGradesAsTheyGrowAndItsConflictAnswerCountsAsDelivered() {
        // Moodle's line item URLs carry the tool type in the query: scores go before it
        String item = "/mod/lti/services.php/" + seq() + "/lineitems/5/lineitem";
        lineItem(moodle, item);
        moodle.server().stubFor(post(urlPathEqualTo(item + "/scores")).withQueryParam("type_id",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("1")).inScenario(item).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200)).willSetStateTo("conflict"));
        moodle.server().stubFor(post(urlPathEqualTo(item + "/scores")).inScenario(item).whenScenarioStateIs("conflict")
                .willReturn(aResponse().withStatus(409).withBody("Refusing score with an earlier timestamp for item 5 and user 3")));
        Student fay = launch(moodle, "moodle", Map.of("lineitems", moodle.url(item.replace("/5/lineitem", "") + "?type_id=1"),
                "lineitem", moodle.url(item + "?type_id=1"), "scope", AGS_SCOPES));

        changed(fay, 0.4);
        List<JsonNode> posted = awaitScores(moodle, item, 1);
        assertThat(posted.get(0).path("gradingProgress").asString()).as("Moodle drops scores that are not FullyGraded").isEqualTo("FullyGraded");
        assertThat(posted.get(0).path("activityProgress").asString()).isNotEqualTo("Completed");

        changed(fay, 0.5);
        await().atMost(Duration.ofSeconds(10)).until(() -> scoresPosted(moodle, item).size() == 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(status(fay)));
        assertThat(jdbc.sql("SELECT attempts FROM gradebook_sync WHERE link_id = ? AND membership_id = ?")
                .params(fay.linkId(), fay.membershipId()).query(Integer.class).single()).isZero();
        assertThat(sentScore(fay)).as("recorded on the line item's scale, as the teacher compares it with the LMS").isEqualTo(50.0);
    }

    @Test
    void aNodeThatDiesMidSendLosesNothingAndItsResendIsTheSameScore() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        acceptScores(canvas, item);
        Student gil = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));
        Instant now = clock.instant();
        // the state a node leaves when it is killed after stamping and sending, before recording the outcome
        outbox.changed(gil.linkId(), gil.membershipId(), gil.contextId(), 0.66, true, now, now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1)));
        long id = jdbc.sql("SELECT id FROM gradebook_sync WHERE link_id = ? AND membership_id = ?").params(gil.linkId(), gil.membershipId())
                .query(Long.class).single();
        jdbc.sql("UPDATE gradebook_sync SET due_at = ?, claimed_by = 'killed-node', claimed_until = ? WHERE id = ?")
                .params(dev.deliberate.shared.DbTime.of(now), dev.deliberate.shared.DbTime.of(now.plus(properties.lease())), id).update();
        SyncRow row = outbox.read(id).orElseThrow();
        Instant stamped = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThat(outbox.stamp(row, "killed-node", stamped)).isTrue();

        pause(Duration.ofMillis(500));
        assertThat(scoresPosted(canvas, item)).as("a live lease is respected").isEmpty();

        clock.advance(properties.lease().plusSeconds(1));
        List<JsonNode> posted = awaitScores(canvas, item, 1);
        assertThat(Instant.parse(posted.get(0).path("timestamp").asString())).isEqualTo(stamped);
        assertThat(posted.get(0).path("scoreGiven").asDouble()).isEqualTo(66.0);
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(status(gil)));
    }

    @Test
    void threeNodesSendingAtOnceSendEachScoreOnce() throws Exception {
        String item = "/api/lti/courses/1/line_items/" + seq();
        acceptScores(canvas, item);
        Map<String, Object> ags = Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"), "lineitem", canvas.url(item),
                "scope", AGS_SCOPES);
        List<Student> students = new ArrayList<>();
        String context = "course-" + UUID.randomUUID();
        for (int i = 0; i < 24; i++) {
            students.add(launch(canvas, "canvas", ags, context, "link-shared"));
        }
        Instant due = clock.instant().plusMillis(700);
        for (Student s : students) {
            outbox.changed(s.linkId(), s.membershipId(), s.contextId(), 0.5, true, clock.instant(), due, due);
        }
        // the scheduled sender of this node competes with two more, as on three nodes
        sendOnMoreNodes(2, () -> students.stream().allMatch(s -> "SENT".equals(status(s))));
        Map<String, Long> perUser = scoresPosted(canvas, item).stream()
                .collect(Collectors.groupingBy(b -> b.path("userId").asString(), Collectors.counting()));
        assertThat(perUser).hasSize(students.size());
        assertThat(perUser.values()).as("no score sent twice").containsOnly(1L);
    }

    @Test
    void manySendersMeetingANewAssignmentCreateOneLineItem() throws Exception {
        String container = "/api/lti/courses/" + seq() + "/line_items";
        String item = container + "/1";
        canvas.server().stubFor(get(urlPathEqualTo(container)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitemcontainer+json").withBody("[]")));
        // a slow creation: whoever looks in the container meanwhile still finds it empty
        canvas.server().stubFor(post(urlPathEqualTo(container)).willReturn(aResponse().withStatus(201).withFixedDelay(500)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\":\"" + canvas.url(item) + "\",\"scoreMaximum\":100,\"label\":\"Linear equations\"}")));
        acceptScores(canvas, item);
        Map<String, Object> ags = Map.of("lineitems", canvas.url(container), "scope", AGS_SCOPES);
        String context = "course-" + UUID.randomUUID();
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            students.add(launch(canvas, "canvas", ags, context, "link-new"));
        }
        Instant due = clock.instant().plusMillis(500);
        for (Student s : students) {
            outbox.changed(s.linkId(), s.membershipId(), s.contextId(), 0.5, true, clock.instant(), due, due);
        }

        sendOnMoreNodes(2, () -> students.stream().allMatch(s -> "SENT".equals(status(s))));

        assertThat(canvas.server().findAll(postRequestedFor(urlPathEqualTo(container)))).as("one gradebook column for the assignment")
                .hasSize(1);
        assertThat(scoresPosted(canvas, item)).hasSize(students.size());
        assertThat(jdbc.sql("SELECT lineitem_url FROM course_resource_link WHERE id = ?").param(students.get(0).linkId())
                .query(String.class).single()).isEqualTo(canvas.url(item));
    }

    @Test
    void aSenderWhoseLeaseRanOutBeforeItsTurnLeavesTheRowToTheNodeThatTookIt() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        acceptScores(canvas, item);
        Student hal = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));
        Instant now = clock.instant();
        outbox.changed(hal.linkId(), hal.membershipId(), hal.contextId(), 0.4, true, now, now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1)));
        long id = rowId(hal);
        // a slow node claimed the row, which then waited behind its other sends until the lease ran out;
        // another node claimed it and stamped it, and is sending it now
        jdbc.sql("UPDATE gradebook_sync SET due_at = ?, claimed_by = 'other-node', claimed_until = ? WHERE id = ?")
                .params(dev.deliberate.shared.DbTime.of(now), dev.deliberate.shared.DbTime.of(now.plus(properties.lease())), id).update();
        assertThat(outbox.stamp(outbox.read(id).orElseThrow(), "other-node", now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .isTrue();

        ScoreSender slow = newSender();
        try {
            slow.send(outbox.read(id).orElseThrow());
        }
        finally {
            slow.destroy();
        }
        assertThat(scoresPosted(canvas, item)).as("the slow node no longer holds the row").isEmpty();

        // the other node dies before recording its send: the row is sent again once, when its lease ends
        clock.advance(properties.lease().plusSeconds(1));
        awaitScores(canvas, item, 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(status(hal)));
        pause(Duration.ofMillis(300));
        assertThat(scoresPosted(canvas, item)).hasSize(1);
    }

    @Test
    void canvasRefusingTheResendOfAScoreItAlreadyHoldsCountsAsDelivered() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        String scoresPath = item + "/scores";
        lineItem(canvas, item);
        // the first send arrives, but its answer comes after the timeout; Canvas refuses the resend with the same timestamp
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)).willSetStateTo("stored"));
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs("stored")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(CANVAS_TIMESTAMP_REFUSAL)));
        Student jon = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));

        events.publishEvent(new AssignmentCompleted(jon.membershipId(), jon.contextId(), jon.linkId(), 0.9, clock.instant()));

        await().atMost(Duration.ofSeconds(15)).until(() -> List.of("SENT", "FAILED").contains(status(jon)));
        assertThat(status(jon)).isEqualTo("SENT");
        assertThat(sentScore(jon)).isEqualTo(90.0);
        List<LoggedRequest> requests = canvas.server().findAll(postRequestedFor(urlPathEqualTo(scoresPath)));
        assertThat(requests).hasSize(2);
        assertThat(requests.stream().map(r -> body(r).path("timestamp").asString()).distinct().toList()).hasSize(1);
        pause(Duration.ofMillis(500));
        assertThat(scoresPosted(canvas, item)).as("nothing after the refusal").hasSize(2);
    }

    @Test
    void aResendAfterAThrottledSendThatCanvasRefusesAsTooOldIsNotCountedAsDelivered() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        String scoresPath = item + "/scores";
        lineItem(canvas, item);
        // the first send is throttled (it never arrived); Canvas holds a score saved later than the stamped
        // timestamp, so it refuses the resend: that is not a delivery, the score goes again, later stamped
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("throttled"));
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs("throttled")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(CANVAS_TIMESTAMP_REFUSAL))
                .willSetStateTo("later"));
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs("later")
                .willReturn(aResponse().withStatus(200)));
        Student ada = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));

        events.publishEvent(new AssignmentCompleted(ada.membershipId(), ada.contextId(), ada.linkId(), 0.7, clock.instant()));

        await().atMost(Duration.ofSeconds(20)).until(() -> scoresPosted(canvas, item).size() >= 3
                || "FAILED".equals(status(ada)));
        await().atMost(Duration.ofSeconds(5)).until(() -> List.of("SENT", "FAILED").contains(status(ada)));
        assertThat(status(ada)).isEqualTo("SENT");
        List<JsonNode> posted = scoresPosted(canvas, item);
        assertThat(posted).as("throttled, refused, then accepted").hasSize(3);
        assertThat(Instant.parse(posted.get(2).path("timestamp").asString()))
                .isAfter(Instant.parse(posted.get(1).path("timestamp").asString()));
    }

    @Test
    void canvasRefusingTheFirstSendOfAScoreAsTooOldGetsItAgainWithALaterTimestamp() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        String scoresPath = item + "/scores";
        lineItem(canvas, item);
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(CANVAS_TIMESTAMP_REFUSAL))
                .willSetStateTo("later"));
        canvas.server().stubFor(post(urlPathEqualTo(scoresPath)).inScenario(item).whenScenarioStateIs("later")
                .willReturn(aResponse().withStatus(200)));
        Student kit = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));

        events.publishEvent(new AssignmentCompleted(kit.membershipId(), kit.contextId(), kit.linkId(), 0.8, clock.instant()));

        await().atMost(Duration.ofSeconds(15)).until(() -> List.of("SENT", "FAILED").contains(status(kit)));
        assertThat(status(kit)).isEqualTo("SENT");
        List<JsonNode> posted = scoresPosted(canvas, item);
        assertThat(posted).hasSize(2);
        assertThat(Instant.parse(posted.get(1).path("timestamp").asString()))
                .isAfter(Instant.parse(posted.get(0).path("timestamp").asString()));
    }

    @Test
    void aScoreGivenUpOnDuringAnOutageIsSentWithTheNextChangeButARefusedOneWaitsForTheTeacher() {
        String item = "/api/lti/courses/1/line_items/" + seq();
        lineItem(canvas, item);
        canvas.server().stubFor(post(urlPathEqualTo(item + "/scores")).inScenario(item).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        canvas.server().stubFor(post(urlPathEqualTo(item + "/scores")).inScenario(item).whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200)));
        String refusing = "/api/lti/courses/1/line_items/" + seq();
        lineItem(canvas, refusing);
        canvas.server().stubFor(post(urlPathEqualTo(refusing + "/scores")).willReturn(aResponse().withStatus(422)
                .withBody("{\"errors\":{\"type\":\"unprocessable_entity\"}}")));
        Student liv = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(item), "scope", AGS_SCOPES));
        Student max = launch(canvas, "canvas", Map.of("lineitems", canvas.url("/api/lti/courses/1/line_items"),
                "lineitem", canvas.url(refusing), "scope", AGS_SCOPES));

        changed(liv, 0.3);
        changed(max, 0.3);
        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(status(liv)) && "FAILED".equals(status(max)));
        assertThat(scoresPosted(canvas, item)).as("every attempt the outage allowed").hasSize(properties.maxAttempts());

        canvas.server().setScenarioState(item, "back");
        changed(liv, 0.6);
        changed(max, 0.6);

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(liv)));
        assertThat(scoresPosted(canvas, item).get(properties.maxAttempts()).path("scoreGiven").asDouble()).isEqualTo(60.0);
        assertThat(sentScore(liv)).isEqualTo(60.0);
        pause(Duration.ofMillis(600));
        assertThat(status(max)).as("a refusal is sent again only when the teacher asks").isEqualTo("FAILED");
        assertThat(scoresPosted(canvas, refusing)).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------

    private record Student(String userId, long membershipId, long contextId, long linkId, String lmsLinkId) {
    }

    private record Teacher(LaunchClient browser, String session) {
    }

    /** What Canvas answers to a score whose timestamp is not later than the one it holds. */
    private static final String CANVAS_TIMESTAMP_REFUSAL = "{\"errors\":{\"type\":\"bad_request\",\"message\":\"Provided timestamp of "
            + "2026-03-01T10:00:00+00:00 before last updated timestamp of 2026-03-01T10:00:00+00:00\"}}";

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong(1000);

    /** A fresh number for line item and course paths, so tests never share a WireMock stub. */
    private static long seq() {
        return SEQUENCE.incrementAndGet();
    }

    private void changed(Student s, double score) {
        events.publishEvent(new MasteryChanged(s.membershipId(), s.contextId(), s.linkId(), "two-step", 0.3, 0.4, false, score,
                clock.instant()));
    }

    private Student launch(TestPlatform platform, String family, Map<String, Object> ags) {
        return launch(platform, family, ags, "course-" + UUID.randomUUID(), "link-" + UUID.randomUUID());
    }

    private Student launch(TestPlatform platform, String family, Map<String, Object> ags, String context, String link) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(params(platform));
        JWTClaimsSet claims = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "resource_link", Map.of("id", link, "title", "Linear equations"))
                .claim(LTI + "context", Map.of("id", context, "label", "ALG", "title", "Algebra"))
                .claim(LTI + "tool_platform", Map.of("product_family_code", family, "guid", "lms"))
                .claim(AGS, ags).build();
        Reply reply = browser.launch(platform.sign(claims), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return jdbc.sql("""
                SELECT m.id, m.context_id, l.id FROM course_membership m
                JOIN course_person p ON p.id = m.person_id
                JOIN course_context c ON c.id = m.context_id
                JOIN course_resource_link l ON l.context_id = c.id AND l.lms_link_id = ?
                WHERE p.issuer = ? AND p.subject = ? AND c.lms_context_id = ?""")
                .params(link, platform.issuer(), claims.getSubject(), context)
                .query((rs, i) -> new Student(claims.getSubject(), rs.getLong(1), rs.getLong(2), rs.getLong(3), link)).single();
    }

    private Teacher launchTeacher(TestPlatform platform, Student student, Map<String, Object> ags) {
        return launchTeacher(platform, student, ags, null);
    }

    private Teacher launchTeacher(TestPlatform platform, Student student, Map<String, Object> ags, String locale) {
        String context = jdbc.sql("SELECT lms_context_id FROM course_context WHERE id = ?").param(student.contextId())
                .query(String.class).single();
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByPost(params(platform));
        JWTClaimsSet claims = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "resource_link", Map.of("id", student.lmsLinkId(), "title", "Linear equations"))
                .claim(LTI + "context", Map.of("id", context, "label", "ALG", "title", "Algebra"))
                .claim(LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(LTI + "launch_presentation", locale == null ? Map.of("document_target", "iframe")
                        : Map.of("document_target", "iframe", "locale", locale))
                .claim(AGS, ags).build();
        Reply reply = browser.launch(platform.sign(claims), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Teacher(browser, reply.header("X-Deliberate-Session").orElseThrow());
    }

    private Map<String, String> params(TestPlatform platform) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "hint");
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        params.put("lti_deployment_id", platform.deployment());
        return params;
    }

    private static void acceptScores(TestPlatform platform, String lineItemPath) {
        lineItem(platform, lineItemPath);
        platform.server().stubFor(post(urlPathEqualTo(lineItemPath + "/scores")).willReturn(aResponse().withStatus(200)));
    }

    /** The line item itself, which the tool reads once to learn its scoreMaximum. */
    private static void lineItem(TestPlatform platform, String lineItemPath) {
        platform.server().stubFor(get(urlPathEqualTo(lineItemPath)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\":\"" + platform.url(lineItemPath) + "\",\"scoreMaximum\":100,\"label\":\"Linear equations\"}")));
    }

    private ScoreSender newSender() {
        return new ScoreSender(outbox, courses, lineItems, grades, scores, properties, clock, meters);
    }

    /** Runs {@code nodes} more senders beside this node's scheduled one, as on that many more nodes, until {@code done}. */
    private void sendOnMoreNodes(int nodes, java.util.concurrent.Callable<Boolean> done) throws InterruptedException {
        List<ScoreSender> others = java.util.stream.IntStream.range(0, nodes).mapToObj(i -> newSender()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch stop = new CountDownLatch(1);
        try {
            for (ScoreSender sender : others) {
                pool.submit(() -> {
                    while (!stop.await(5, TimeUnit.MILLISECONDS)) {
                        sender.sendDue();
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(20)).until(done);
            pause(Duration.ofMillis(300));
        }
        finally {
            stop.countDown();
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
            others.forEach(ScoreSender::destroy);
        }
    }

    private long rowId(Student s) {
        return jdbc.sql("SELECT id FROM gradebook_sync WHERE link_id = ? AND membership_id = ?").params(s.linkId(), s.membershipId())
                .query(Long.class).single();
    }

    private Double sentScore(Student s) {
        return jdbc.sql("SELECT sent_score FROM gradebook_sync WHERE link_id = ? AND membership_id = ?").params(s.linkId(), s.membershipId())
                .query(Double.class).single();
    }

    private String status(Student s) {
        return jdbc.sql("SELECT status FROM gradebook_sync WHERE link_id = ? AND membership_id = ?").params(s.linkId(), s.membershipId())
                .query(String.class).optional().orElse(null);
    }

    private static List<JsonNode> scoresPosted(TestPlatform platform, String lineItemPath) {
        WireMockServer server = platform.server();
        return server.findAll(postRequestedFor(urlPathEqualTo(lineItemPath + "/scores"))).stream()
                .map(GradebookSyncTests::body).toList();
    }

    private static List<JsonNode> awaitScores(TestPlatform platform, String lineItemPath, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> scoresPosted(platform, lineItemPath).size() >= count);
        return scoresPosted(platform, lineItemPath);
    }

    private static JsonNode body(LoggedRequest request) {
        return JSON.readTree(request.getBodyAsString());
    }

    private static String rowOf(String html, long membershipId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr[^>]*data-member=\"" + membershipId + "\"[^>]*>.*?</tr>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a row for member " + membershipId).isTrue();
        return m.group();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
