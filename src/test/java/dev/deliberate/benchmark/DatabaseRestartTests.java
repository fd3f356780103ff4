package dev.deliberate.benchmark;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.TestPlatform;

/**
 * The database crashes (SIGKILL, as a power cut or an OOM kill does) and comes back while students
 * practise: requests in the meantime fail with the tool's problem answer, not a stack trace; the
 * readiness probe says the node is not ready; once MariaDB is back every student goes on without
 * anyone restarting the tool, every acknowledged attempt is stored, and no attempt is half
 * written. The drill runs a MariaDB server of its own ({@link OwnMariaDb}), never the shared one.
 */
class DatabaseRestartTests {

    private static final int STUDENTS = 6;

    @Test
    void whileTheDatabaseIsDownRequestsFailClearlyAndWhenItIsBackTheyRecoverWithNothingHalfWritten() throws Exception {
        Path logs = Files.createDirectories(Path.of("target/database-restart"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (OwnMariaDb mariadb = OwnMariaDb.start(); TestPlatform platform = TestPlatform.create(Clock.systemUTC());
                ServerProcess node = ServerProcess.start(IntegrationTestSupport.freePort(), "unused", "320m", logs.resolve("node.log"), List.of(
                        "--spring.datasource.url=" + mariadb.jdbcUrl("deliberate_drill"),
                        // a request waits this long for a connection while the database is away, then fails
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        // the platform answers slowly when the machine is busy; a launch must not fail on that here
                        "--deliberate.lti.http-timeout=30s"))) {
            register(node, platform);
            List<Learner> learners = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String subject = "d-" + UUID.randomUUID();
                learners.add(Learner.launch(http, List.of(node.baseUrl), node.baseUrl, platform,
                        nonce -> platform.launchClaims(nonce, node.baseUrl + "/lti/launch").subject(subject).build(), i, Learner.Timings.NONE));
            }
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
            List<Future<?>> running = learners.stream().<Future<?>>map(l -> pool.submit(() -> practise(l, stop))).toList();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> learners.stream().allMatch(l -> l.acknowledged() >= 3));
                mariadb.crash();
                int[] beforeRestart = learners.stream().mapToInt(Learner::acknowledged).toArray();
                await().atMost(Duration.ofSeconds(30)).until(() -> status(http, node.baseUrl + "/actuator/health/readiness") == 503);
                await().atMost(Duration.ofSeconds(30)).until(() -> learners.stream().allMatch(l -> !l.failures().isEmpty()));
                assertThat(status(http, node.baseUrl + "/actuator/health/liveness")).as("alive: a restart would not help").isEqualTo(200);
                int[] downed = learners.stream().mapToInt(Learner::acknowledged).toArray();

                mariadb.start(Duration.ofSeconds(120));
                await().atMost(Duration.ofSeconds(60)).until(() -> status(http, node.baseUrl + "/actuator/health/readiness") == 200);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (int i = 0; i < STUDENTS; i++) {
                        assertThat(learners.get(i).acknowledged()).as("student %d answers again", i).isGreaterThan(downed[i] + 2);
                    }
                });
                assertThat(downed).as("attempts acknowledged while the database was down").isEqualTo(beforeRestart);
            }
            finally {
                stop.set(true);
                for (Future<?> learner : running) {
                    learner.get();
                }
                pool.shutdown();
            }

            for (Learner learner : learners) {
                assertThat(learner.failures()).as("what %s was answered while the database was away", learner.userId())
                        .allSatisfy(failure -> assertThat(failure)
                                .matches("(?s)status 5\\d\\d application/problem\\+json.*")
                                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL"));
            }
            try (Connection db = DriverManager.getConnection(mariadb.jdbcUrl("deliberate_drill"), "root", "")) {
                for (Learner learner : learners) {
                    assertThat(count(db, "SELECT COUNT(*) FROM practice_attempt t JOIN practice_session s ON s.id = t.session_id "
                            + "JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id "
                            + "WHERE p.subject = '" + learner.userId() + "'"))
                            .as("acknowledged attempts of %s stored, none twice", learner.userId())
                            .isBetween((long) learner.acknowledged(), (long) learner.sent());
                }
                assertThat(count(db, "SELECT COUNT(*) FROM practice_session s WHERE s.attempts <> "
                        + "(SELECT COUNT(*) FROM practice_attempt a WHERE a.session_id = s.id)"))
                        .as("sessions whose attempt count disagrees with the attempts stored").isZero();
                assertThat(count(db, "SELECT COUNT(*) FROM practice_item i WHERE i.attempts <> "
                        + "(SELECT COUNT(*) FROM practice_attempt a WHERE a.item_id = i.id)"))
                        .as("items whose attempt count disagrees with the attempts stored").isZero();
            }
        }
    }

    /** Answers until told to stop; after a failure waits a little, as a student pressing the button again would. */
    private static Void practise(Learner learner, AtomicBoolean stop) throws InterruptedException {
        while (!stop.get()) {
            if (!learner.answer()) {
                Thread.sleep(200);
            }
        }
        return null;
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (Exception e) {
            return -1;
        }
    }

    private static void register(ServerProcess node, TestPlatform platform) {
        String json = """
                {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s/auth", "tokenEndpoint": "%s/token",
                 "jwksUri": "%s", "deployments": ["%s"]}""".formatted(platform.issuer(), platform.clientId(), platform.issuer(),
                platform.issuer(), platform.jwksUri(), platform.deployment());
        AdminClient.Answer created = new AdminClient(node.baseUrl, "admin", ServerProcess.OPERATOR_PASSWORD).post("/admin/api/platforms", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
