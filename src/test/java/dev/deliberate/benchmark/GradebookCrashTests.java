package dev.deliberate.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.MariaDbTestDatabase;
import dev.deliberate.testing.TestClock;
import dev.deliberate.testing.TestPlatform;

/**
 * The tool in its own JVM on MariaDB, killed with SIGKILL while scores are in flight to a slow
 * platform, then started again: every score still arrives, and a score that was in flight when the
 * node died is sent again with the same timestamp, so the platform holds it once.
 */
class GradebookCrashTests {

    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String LINE_ITEM = "/api/lti/courses/7/line_items/1";
    private static final int STUDENTS = 6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aNodeKilledMidSyncLosesNoScoreAndTheNextOneResendsTheSameScores() throws Exception {
        String database = MariaDbTestDatabase.name("deliberate_crash_");
        String jdbcUrl = "jdbc:mysql://127.0.0.1:3306/" + database + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true";
        try (Connection admin = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
                Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database);
        }
        int port = IntegrationTestSupport.freePort();
        List<String> settings = List.of("--deliberate.gradebook.lease=15s", "--deliberate.gradebook.quiet=1s",
                "--deliberate.lti.http-timeout=20s");
        Path logs = Files.createDirectories(Path.of("target/crash-test"));
        try (TestPlatform platform = TestPlatform.create(new TestClock())) {
            platform.server().stubFor(post("/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"crash\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
            platform.server().stubFor(get(urlPathEqualTo(LINE_ITEM)).willReturn(aResponse().withStatus(200)
                    .withBody("{\"id\":\"" + platform.url(LINE_ITEM) + "\",\"scoreMaximum\":100,\"label\":\"Practice\"}")));
            // a slow platform: every score is still in flight when the node dies
            platform.server().stubFor(post(urlPathEqualTo(LINE_ITEM + "/scores")).willReturn(aResponse().withStatus(200).withFixedDelay(8000)));

            ServerProcess first = ServerProcess.start(port, database, "384m", logs.resolve("first.log"), settings);
            List<String> users;
            try {
                register(first, platform);
                users = new ArrayList<>();
                for (int i = 0; i < STUDENTS; i++) {
                    users.add(launch(first, platform));
                }
                try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
                    makeScoresDue(db);
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> posts(platform).size() >= 1);
                Thread.sleep(300);
            }
            finally {
                first.kill();
            }
            int inFlight = posts(platform).size();
            try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
                assertThat(count(db, "SELECT COUNT(*) FROM gradebook_sync WHERE status = 'SENT'")).as("none confirmed before the kill").isZero();
                assertThat(count(db, "SELECT COUNT(*) FROM gradebook_sync")).isEqualTo(STUDENTS);
            }

            platform.server().stubFor(post(urlPathEqualTo(LINE_ITEM + "/scores")).willReturn(aResponse().withStatus(200)));
            try (ServerProcess second = ServerProcess.start(port, database, "384m", logs.resolve("second.log"), settings);
                    Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                        .until(() -> count(db, "SELECT COUNT(*) FROM gradebook_sync WHERE status = 'SENT'") == STUDENTS);
            }

            Map<String, Set<String>> timestamps = posts(platform).stream().map(r -> JSON.readTree(r.getBodyAsString()))
                    .collect(Collectors.groupingBy(b -> b.path("userId").asString(),
                            Collectors.mapping(b -> b.path("timestamp").asString(), Collectors.toSet())));
            assertThat(inFlight).as("scores were in flight when the node died").isPositive();
            assertThat(timestamps.keySet()).as("every student's score arrived").containsExactlyInAnyOrderElementsOf(users);
            assertThat(timestamps.values()).as("a resend is the same score: one timestamp per student").allSatisfy(t -> assertThat(t).hasSize(1));
            assertThat(posts(platform).size()).as("the in-flight ones were sent again").isGreaterThan(STUDENTS);
            assertThat(posts(platform)).allSatisfy(r -> assertThat(JSON.readTree(r.getBodyAsString()).path("scoreGiven").asDouble()).isEqualTo(75.0));
        }
        finally {
            try (Connection admin = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
                    Statement drop = admin.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static void register(ServerProcess server, TestPlatform platform) {
        String json = """
                {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s/auth", "tokenEndpoint": "%s",
                 "jwksUri": "%s", "deployments": ["%s"]}""".formatted(platform.issuer(), platform.clientId(), platform.issuer(),
                platform.url("/token"), platform.jwksUri(), platform.deployment());
        AdminClient.Answer created = new AdminClient(server.baseUrl, "admin", ServerProcess.OPERATOR_PASSWORD).post("/admin/api/platforms", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** A real launch of a new student into one graded link; returns their user id. */
    private static String launch(ServerProcess server, TestPlatform platform) {
        LaunchClient browser = new LaunchClient(server.baseUrl, true);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "crash");
        params.put("target_link_uri", server.baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        Login login = browser.loginByGet(params);
        JWTClaimsSet claims = platform.launchClaims(login.nonce(), server.baseUrl + "/lti/launch")
                .subject("crash-" + UUID.randomUUID())
                .claim(AGS, Map.of("lineitem", platform.url(LINE_ITEM), "scope", List.of(
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score")))
                .build();
        Reply reply = browser.launch(platform.sign(claims), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return claims.getSubject();
    }

    /** Every student's final score, due now, as the practice loop leaves it at completion. */
    private static void makeScoresDue(Connection db) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO gradebook_sync (link_id, membership_id, context_id, score, completed, version, sent_version, status,
                    due_at, due_limit, changed_at)
                SELECT l.id, m.id, m.context_id, 0.75, TRUE, 1, 0, 'PENDING', ?, ?, ?
                FROM course_membership m JOIN course_resource_link l ON l.context_id = m.context_id WHERE m.role = 'STUDENT'""")) {
            insert.setObject(1, now);
            insert.setObject(2, now);
            insert.setObject(3, now);
            assertThat(insert.executeUpdate()).isEqualTo(STUDENTS);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<LoggedRequest> posts(TestPlatform platform) {
        return platform.server().findAll(postRequestedFor(urlPathEqualTo(LINE_ITEM + "/scores")));
    }
}
