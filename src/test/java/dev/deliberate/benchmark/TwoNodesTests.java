package dev.deliberate.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.MariaDbTestDatabase;
import dev.deliberate.testing.TestPlatform;

/**
 * Two nodes of the tool, each in its own JVM as in production, on two ports over one MariaDB
 * database, with a WireMock platform offering AGS and NRPS: a launch started on one finishes on the
 * other, sessions work on both, both nodes send scores and read rosters yet each job is done once,
 * and a node killed with SIGKILL while students practise through both loses no acknowledged attempt
 * and no score. The last test kills node B, so the order is fixed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final List<String> AGS_SCOPES = List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Scores are posted rounded to hundredths of a point. */
    private static final org.assertj.core.data.Offset<Double> HUNDREDTH = org.assertj.core.data.Offset.offset(0.005 + 1e-9);
    /** The public address both nodes are configured with, as behind a load balancer; requests go to each node's own port. */
    private static final String TOOL = "http://deliberate.nodes.test";

    private final String database = MariaDbTestDatabase.name("deliberate_nodes_");
    private final String jdbcUrl = "jdbc:mysql://127.0.0.1:3306/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private TestPlatform platform;
    private ServerProcess a;
    private ServerProcess b;
    private int courses;

    @BeforeAll
    void startTwoNodes() throws Exception {
        dropDatabase();
        platform = TestPlatform.create(Clock.systemUTC());
        platform.server().stubFor(post("/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"nodes\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        Path logs = Files.createDirectories(Path.of("target/two-nodes"));
        // one score at a time per node, each taking a moment at the platform, so both nodes take part
        List<String> settings = List.of("--deliberate.gradebook.quiet=1s", "--deliberate.gradebook.max-wait=3s",
                "--deliberate.gradebook.poll=200ms", "--deliberate.gradebook.lease=8s", "--deliberate.gradebook.batch=1",
                "--deliberate.gradebook.senders=2", "--spring.datasource.hikari.maximum-pool-size=8", "--deliberate.base-url=" + TOOL,
                // the platform answers slowly when the machine is busy; a launch must not fail on that here
                "--deliberate.lti.http-timeout=30s");
        int portA = IntegrationTestSupport.freePort();
        int portB = IntegrationTestSupport.freePort();
        // started together, as after a deployment: both migrate, generate secrets and keys at once
        CompletableFuture<ServerProcess> startingB = CompletableFuture.supplyAsync(() -> start(portB, logs.resolve("b.log"), settings));
        try {
            a = start(portA, logs.resolve("a.log"), settings);
        }
        finally {
            b = startingB.join();
        }
        String json = """
                {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s/auth", "tokenEndpoint": "%s",
                 "jwksUri": "%s", "deployments": ["%s"]}""".formatted(platform.issuer(), platform.clientId(), platform.issuer(),
                platform.url("/token"), platform.jwksUri(), platform.deployment());
        AdminClient.Answer created = new AdminClient(a.baseUrl, "admin", ServerProcess.OPERATOR_PASSWORD).post("/admin/api/platforms", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    void stopNodes() throws Exception {
        for (ServerProcess node : new ServerProcess[] { a, b }) {
            if (node != null) {
                node.close();
            }
        }
        if (platform != null) {
            platform.close();
        }
        dropDatabase();
    }

    @Test
    @Order(1)
    void aLaunchStartedOnOneNodeFinishesOnTheOtherAndItsSessionWorksOnBoth() throws Exception {
        String course = newCourse(false);
        String subject = "s-" + UUID.randomUUID();
        Learner ada = Learner.launch(http, List.of(a.baseUrl, b.baseUrl), TOOL, platform, nonce -> student(course, null, subject, nonce), 1,
                Learner.Timings.NONE);

        for (ServerProcess node : List.of(a, b)) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl + "/student"))
                    .header(Learner.SESSION, ada.token()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("the session on %s", node.baseUrl).isEqualTo(200);
            assertThat(page.body()).contains("id=\"practice\"");
        }
        assertThat(ada.answer()).as("an answer through one node").isTrue();
        assertThat(ada.answer()).as("the next through the other").isTrue();
        try (Connection db = connect()) {
            assertThat(storedAttempts(db, ada.userId())).isEqualTo(2);
        }
    }

    @Test
    @Order(2)
    void teachersLaunchingOnBothNodesAtOnceGetTheRosterReadOnce() throws Exception {
        String course = newCourse(true);
        String roster = "/nrps/" + course;
        platform.server().stubFor(get(urlPathEqualTo(roster)).willReturn(aResponse().withStatus(200).withFixedDelay(300)
                .withHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
                .withBody(rosterJson(List.of("r1", "r2", "r3", "r4", "r5")))));
        ExecutorService teachers = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> launches = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ServerProcess login = i % 2 == 0 ? a : b;
                ServerProcess launch = i % 3 == 0 ? a : b;
                String subject = "t-" + UUID.randomUUID();
                launches.add(teachers.submit(() -> Learner.session(http, login.baseUrl, launch.baseUrl, TOOL, platform,
                        nonce -> teacher(course, roster, subject, nonce), Learner.Timings.NONE)));
            }
            for (Future<String> launch : launches) {
                assertThat(launch.get()).isNotBlank();
            }
        }
        finally {
            teachers.shutdown();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> rosterMembers(course) == 5);
        Thread.sleep(1000);
        assertThat(platform.server().findAll(getRequestedFor(urlPathEqualTo(roster)))).as("six launches on two nodes, one roster read")
                .hasSize(1);
        assertThat(a.counter("deliberate.roster.reads", "outcome:read") + b.counter("deliberate.roster.reads", "outcome:read"))
                .isEqualTo(1.0);
    }

    @Test
    @Order(3)
    void studentsPractisingThroughBothNodesHaveEachScoreChangeSentOnceByOneOfThem() throws Exception {
        String course = newCourse(false);
        String lineItem = acceptScores(course, 100);
        double sentBefore = sent(a) + sent(b);
        List<Learner> learners = launchLearners(course, lineItem, 10);
        practise(learners, Duration.ofSeconds(8), null);

        try (Connection db = connect()) {
            awaitAllSent(db, course);
            Map<String, List<JsonNode>> posts = posts(lineItem);
            assertThat(posts.keySet()).containsExactlyInAnyOrderElementsOf(learners.stream().map(Learner::userId).toList());
            for (Learner learner : learners) {
                List<JsonNode> own = posts.get(learner.userId());
                assertThat(own.stream().map(p -> p.path("timestamp").asString()).distinct())
                        .as("each change is posted once: no timestamp twice").hasSize(own.size());
                assertThat(own.get(own.size() - 1).path("scoreGiven").asDouble()).as("the last post is the final score")
                        .isEqualTo(storedScore(db, learner.userId()) * 100, HUNDREDTH);
                assertThat(storedAttempts(db, learner.userId())).isEqualTo(learner.acknowledged());
            }
            double sentByA = sent(a);
            double sentByB = sent(b);
            int total = posts.values().stream().mapToInt(List::size).sum();
            assertThat(sentByA + sentByB - sentBefore).as("every post was counted by the node that sent it").isEqualTo(total);
            assertThat(sentByA).as("node A sent scores").isPositive();
            assertThat(sentByB).as("node B sent scores").isPositive();
        }
    }

    @Test
    @Order(4)
    void aNodeKilledInTheMiddleOfPractiseLosesNoAcknowledgedAttemptAndNoScore() throws Exception {
        String course = newCourse(false);
        String lineItem = acceptScores(course, 150);
        List<Learner> learners = launchLearners(course, lineItem, 12);
        AtomicBoolean killed = new AtomicBoolean();
        int[] acknowledgedAtKill = { 0 };
        practise(learners, Duration.ofSeconds(14), elapsed -> {
            if (elapsed.compareTo(Duration.ofSeconds(6)) >= 0 && killed.compareAndSet(false, true)) {
                acknowledgedAtKill[0] = learners.stream().mapToInt(Learner::acknowledged).sum();
                kill(b);
            }
        });

        assertThat(killed).isTrue();
        assertThat(learners.stream().mapToInt(Learner::acknowledged).sum()).as("node A went on answering after B died")
                .isGreaterThan(acknowledgedAtKill[0] + 20);
        try (Connection db = connect()) {
            for (Learner learner : learners) {
                assertThat(storedAttempts(db, learner.userId())).as("attempts of %s: acknowledged ones stored, none twice", learner.userId())
                        .isBetween((long) learner.acknowledged(), (long) learner.sent());
            }
            assertThat(count(db, """
                    SELECT COUNT(*) FROM practice_session s WHERE s.attempts <> (SELECT COUNT(*) FROM practice_attempt a
                    WHERE a.session_id = s.id)""")).as("no session whose attempt count disagrees with its attempts").isZero();
            awaitAllSent(db, course);
            Map<String, List<JsonNode>> posts = posts(lineItem);
            for (Learner learner : learners) {
                List<JsonNode> own = posts.get(learner.userId());
                assertThat(own).as("scores of %s", learner.userId()).isNotEmpty();
                Map<String, List<Double>> byChange = own.stream().collect(Collectors.groupingBy(p -> p.path("timestamp").asString(),
                        Collectors.mapping(p -> p.path("scoreGiven").asDouble(), Collectors.toList())));
                assertThat(byChange.values()).as("a change posted again (in flight at the kill) is the same score with the same timestamp")
                        .allSatisfy(scores -> assertThat(scores.stream().distinct()).hasSize(1));
                assertThat(own.get(own.size() - 1).path("scoreGiven").asDouble()).as("the last post is the final score")
                        .isEqualTo(storedScore(db, learner.userId()) * 100, HUNDREDTH);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private ServerProcess start(int port, Path log, List<String> settings) {
        try {
            return ServerProcess.start(port, database, "320m", log, settings);
        }
        catch (Exception e) {
            throw new IllegalStateException("node on port " + port + " did not start; see " + log, e);
        }
    }

    private static void kill(ServerProcess node) {
        try {
            node.kill();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String newCourse(boolean teachers) {
        return "course-" + (++courses) + (teachers ? "-t" : "");
    }

    private com.nimbusds.jwt.JWTClaimsSet student(String course, String lineItem, String subject, String nonce) {
        var claims = platform.launchClaims(nonce, TOOL + "/lti/launch").subject(subject)
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "Algebra " + course))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", "link-" + course, "title", "Linear equations"));
        if (lineItem != null) {
            claims.claim(AGS, Map.of("lineitem", platform.url(lineItem), "scope", AGS_SCOPES));
        }
        return claims.build();
    }

    private com.nimbusds.jwt.JWTClaimsSet teacher(String course, String roster, String subject, String nonce) {
        return platform.launchClaims(nonce, TOOL + "/lti/launch").subject(subject)
                .claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "Algebra " + course))
                .claim(NRPS, Map.of("context_memberships_url", platform.url(roster), "service_versions", List.of("2.0"))).build();
    }

    /** A line item for the course whose platform takes {@code delayMillis} to accept each score. */
    private String acceptScores(String course, int delayMillis) {
        String lineItem = "/ags/" + course + "/lineitem";
        platform.server().stubFor(get(urlPathEqualTo(lineItem)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\":\"" + platform.url(lineItem) + "\",\"scoreMaximum\":100,\"label\":\"Linear equations\"}")));
        platform.server().stubFor(post(urlPathEqualTo(lineItem + "/scores")).willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)));
        return lineItem;
    }

    private List<Learner> launchLearners(String course, String lineItem, int count) throws Exception {
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> nodes = i % 2 == 0 ? List.of(a.baseUrl, b.baseUrl) : List.of(b.baseUrl, a.baseUrl);
            String subject = "s-" + UUID.randomUUID();
            learners.add(Learner.launch(http, nodes, TOOL, platform, nonce -> student(course, lineItem, subject, nonce), i,
                    Learner.Timings.NONE));
        }
        return learners;
    }

    /** Every learner answering as fast as the nodes reply, for {@code time}; {@code tick} sees the time gone by. */
    private static void practise(List<Learner> learners, Duration time, java.util.function.Consumer<Duration> tick) throws Exception {
        long start = System.nanoTime();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        List<Future<?>> running = new ArrayList<>();
        for (Learner learner : learners) {
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    if (!learner.answer()) {
                        Thread.sleep(100);
                    }
                }
                return null;
            }));
        }
        while (System.nanoTime() - start < time.toNanos()) {
            Thread.sleep(100);
            if (tick != null) {
                tick.accept(Duration.ofNanos(System.nanoTime() - start));
            }
        }
        stop.set(true);
        for (Future<?> learner : running) {
            learner.get();
        }
        pool.shutdown();
    }

    private void awaitAllSent(Connection db, String course) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> count(db, """
                SELECT COUNT(*) FROM gradebook_sync g JOIN course_context c ON c.id = g.context_id
                WHERE c.lms_context_id = '%s' AND (g.status <> 'SENT' OR g.sent_version <> g.version)""".formatted(course)) == 0);
    }

    /** The scores the platform received for the line item, by user, in the order they arrived. */
    private Map<String, List<JsonNode>> posts(String lineItem) {
        List<LoggedRequest> requests = new ArrayList<>(platform.server().findAll(postRequestedFor(urlPathEqualTo(lineItem + "/scores"))));
        requests.sort(java.util.Comparator.comparing(LoggedRequest::getLoggedDate));
        return requests.stream().map(r -> JSON.readTree(r.getBodyAsString()))
                .collect(Collectors.groupingBy(p -> p.path("userId").asString(), java.util.LinkedHashMap::new, Collectors.toList()));
    }

    private static double sent(ServerProcess node) {
        return node.counter("deliberate.scores", "outcome:sent");
    }

    private long storedAttempts(Connection db, String userId) throws SQLException {
        return count(db, """
                SELECT COUNT(*) FROM practice_attempt t JOIN practice_session s ON s.id = t.session_id
                JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id
                WHERE p.subject = '%s'""".formatted(userId));
    }

    private double storedScore(Connection db, String userId) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
                SELECT g.score FROM gradebook_sync g JOIN course_membership m ON m.id = g.membership_id
                JOIN course_person p ON p.id = m.person_id WHERE p.subject = '%s'""".formatted(userId))) {
            assertThat(rs.next()).as("a score row for %s", userId).isTrue();
            return rs.getDouble(1);
        }
    }

    private long rosterMembers(String course) throws SQLException {
        try (Connection db = connect()) {
            return count(db, """
                    SELECT COUNT(*) FROM course_membership m JOIN course_context c ON c.id = m.context_id
                    WHERE c.lms_context_id = '%s' AND m.role = 'STUDENT'""".formatted(course));
        }
    }

    private static String rosterJson(List<String> userIds) {
        return userIds.stream().map(id -> "{\"user_id\":\"" + id + "\",\"name\":\"Student " + id + "\",\"status\":\"Active\",\"roles\":[\""
                + TestPlatform.LEARNER + "\"]}").collect(Collectors.joining(",", "{\"id\":\"roster\",\"context\":{\"id\":\"c\"},\"members\":[", "]}"));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "root", "");
    }

    private void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
                Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database);
        }
    }
}
