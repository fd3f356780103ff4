package dev.deliberate.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.deliberate.testing.TestPlatform;

/**
 * Practice attempts per second through HTTP, as htmx sends them: each one submits an answer (and
 * sometimes work), which the tool diagnoses, feeds to the learner model, and answers with the next
 * item chosen and rendered. Students are launched once from a test platform whose JWKS WireMock
 * serves; each then works as a {@link Learner} does (reflections are not counted as attempts).
 * Run with {@code ./mvnw -Pbenchmark verify -Dtest=AttemptBenchmark}.
 */
class AttemptBenchmark {

    @Test
    void attemptsPerSecond() throws Exception {
        int port = Integer.getInteger("benchmark.port", 18081);
        Duration firstWarmUp = Duration.ofSeconds(Long.getLong("benchmark.firstWarmup", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
        Duration window = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        List<String> rows = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ServerProcess server = ServerProcess.start(port, "deliberate_bench_attempts", "512m",
                Path.of(ServerProcess.target().getPath(), "attempt-server.log"));
                TestPlatform platform = TestPlatform.create(Clock.systemUTC())) {
            register(server, platform);
            boolean first = true;
            int launched = 0;
            for (int clients : LaunchBenchmark.levels("16,64")) {
                List<Learner> students = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    String subject = "bench-" + (launched++);
                    students.add(Learner.launch(http, List.of(server.baseUrl), server.baseUrl, platform,
                            nonce -> platform.launchClaims(nonce, server.baseUrl + "/lti/launch").subject(subject).build(), i,
                            Learner.Timings.NONE));
                }
                LoadRun.Result r = LoadRun.run(clients, i -> students.get(i)::answer, first ? firstWarmUp : warmUp, window, server);
                first = false;
                rows.add(String.format(Locale.ROOT, "| %d | %,d | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %.2f | %.2f | %.2f |", r.clients(),
                        r.operations(), r.failures(), r.perSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.peakHeapMb(),
                        r.serverCpuMillisPerOp(), r.databaseCpuMillisPerOp(), r.loadCpuMillisPerOp()));
                System.out.println("attempt benchmark " + r);
                assertThat(r.failures()).as("failed attempts at %d students", clients).isZero();
            }
        }
        List<String> table = new ArrayList<>(List.of(
                "| concurrent students | attempts | failed | attempts/s | p50 ms | p99 ms | max ms | peak heap MB | server CPU ms/attempt | database CPU ms/attempt | load generator CPU ms/attempt |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        table.addAll(rows);
        table.add("");
        table.add("An attempt is one POST /student/attempts with the session header, answered with the practice region: the "
                + "answer diagnosed, the learner model updated, the next item chosen, generated and rendered (or the same item "
                + "with its feedback). Each student answers about 3 in 4 problems right, sends work with 1 in 3, and writes the "
                + "reflection each block of 10 asks for (not counted). Closed loop, " + window.getSeconds() + " s measured after "
                + warmUp.getSeconds() + " s of warm-up per level (" + firstWarmUp.getSeconds() + " s before the first). Server as "
                + "above: its own JVM, -Xmx512m, MariaDB through MySQL Connector/J, sharing two cores with the load generator; "
                + "default settings, so at most two practice requests per core run at once and the rest queue.");
        BenchmarkReport.write("attempt-benchmark", "## Practice attempts (issue 3)", table);
    }

    static void register(ServerProcess server, TestPlatform platform) throws Exception {
        String json = """
                {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s/auth", "tokenEndpoint": "%s/token",
                 "jwksUri": "%s", "deployments": ["%s"]}""".formatted(platform.issuer(), platform.clientId(), platform.issuer(),
                platform.issuer(), platform.jwksUri(), platform.deployment());
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl + "/admin/api/platforms"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServerProcess.OPERATOR_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
