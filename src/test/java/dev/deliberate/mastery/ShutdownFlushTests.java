package dev.deliberate.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.DemoLms.Launched;

/**
 * The embedded default stopped as an operator stops it (SIGTERM): the item ratings an answer moved
 * reach the H2 file before the database closes, and nothing about it is logged as lost.
 */
class ShutdownFlushTests {

    @TempDir
    Path dir;

    @Test
    void sigtermOnTheEmbeddedDatabaseFlushesItemRatingsBeforeTheDatabaseCloses() throws Exception {
        int port = freePort();
        Path log = dir.resolve("server.log");
        Process server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "dev.deliberate.DeliberateApplication",
                "--server.port=" + port, "--deliberate.base-url=http://localhost:" + port,
                // no periodic flush: only the one at shutdown can write the rating
                "--deliberate.mastery.rating-flush=PT1H",
                // no simulated demo class: its answers would move ratings too
                "--deliberate.demo.class-histories=false",
                "--deliberate.lti.platforms-dir=no-platform-seeds"))
                // the embedded default as configured: ./data/deliberate, here under the test's folder
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitHealthy(port, server);
            Launched student = DemoLms.launch("http://localhost:" + port, "demo-student-05");
            student.post("/student/interests", Map.of("interest", "music"));
            String region = student.post("/student", Map.of()).body();
            String itemId = DemoLms.fields(region).get("itemId");
            assertThat(student.post("/student/attempts", Map.of("itemId", itemId, "answer", "x = 1000")).status()).isEqualTo(200);
        }
        finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
        }

        assertThat(Files.readString(log)).doesNotContain("not flushed", "Database is already closed");
        assertThat(ratedAttempts()).as("attempts recorded in mastery_item_rating").isEqualTo(1);
    }

    private int ratedAttempts() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/deliberate") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "sa", ""); ResultSet rs = db.createStatement().executeQuery("SELECT COALESCE(SUM(attempts), 0) FROM mastery_item_rating")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void awaitHealthy(int port, Process server) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("server still running").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not start within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
