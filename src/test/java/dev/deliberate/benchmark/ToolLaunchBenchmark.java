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
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * The tool's own CPU per launch, with the platform outside its JVM: the benchmark is the LMS (it
 * serves its JWKS and signs every id_token with RS256 in its own process), and the tool, in a JVM
 * of its own on MariaDB, does only its part: the login initiation (a state stored) and the
 * id_token POST (verified, state consumed, launch recorded, landing page rendered). Thirty
 * students of one course launch in turn, as at the start of a lesson. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ToolLaunchBenchmark}.
 */
class ToolLaunchBenchmark {

    private static final int STUDENTS = 30;

    @Test
    void toolCpuPerLaunch() throws Exception {
        int port = Integer.getInteger("benchmark.port", 18084);
        Duration firstWarmUp = Duration.ofSeconds(Long.getLong("benchmark.firstWarmup", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
        Duration window = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        List<String> rows = new ArrayList<>();
        try (TestPlatform platform = TestPlatform.create(Clock.systemUTC());
                ServerProcess server = ServerProcess.start(port, "deliberate_bench_launch", "512m",
                        Path.of(ServerProcess.target().getPath(), "tool-launch-server.log"))) {
            register(server, platform);
            boolean first = true;
            for (int clients : LaunchBenchmark.levels("1,16")) {
                LoadRun.Result r = LoadRun.run(clients, i -> new Learner(server.baseUrl, platform, i), first ? firstWarmUp : warmUp,
                        window, server);
                first = false;
                rows.add(String.format(Locale.ROOT, "| %d | %,d | %d | %.0f | %.1f | %.1f | %.2f | %.2f | %.2f |", r.clients(),
                        r.operations(), r.failures(), r.perSecond(), r.p50Millis(), r.p99Millis(), r.serverCpuMillisPerOp(),
                        r.databaseCpuMillisPerOp(), r.loadCpuMillisPerOp()));
                System.out.println("tool launch benchmark " + r);
                assertThat(r.failures()).as("failed launches at %d clients", clients).isZero();
            }
        }
        List<String> table = new ArrayList<>(List.of(
                "| concurrent clients | launches | failed | launches/s | p50 ms | p99 ms | tool CPU ms/launch | database CPU ms/launch | platform and browsers CPU ms/launch |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        table.addAll(rows);
        table.add("");
        table.add("Each launch is two requests to the tool, login initiation and the id_token POST, whose answer is the student's "
                + "landing page; the platform (this benchmark's JVM) signs the id_token with RS256 and serves its JWKS, so none of "
                + "its work is in the tool's CPU. " + STUDENTS + " students of one course launch in turn. Closed loop, "
                + window.getSeconds() + " s measured after " + warmUp.getSeconds() + " s of warm-up per level ("
                + firstWarmUp.getSeconds() + " s before the first). Tool: its own JVM, -Xmx512m, MariaDB through MySQL "
                + "Connector/J, sharing two cores with the benchmark.");
        BenchmarkReport.write("tool-launch-benchmark", "## The tool's own CPU per launch (issue 13)", table);
    }

    private static void register(ServerProcess server, TestPlatform platform) throws Exception {
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

    /** One browser in which the class's students launch in turn, its cookies kept as a browser would. */
    private static final class Learner implements LoadRun.Client {

        private final String baseUrl;
        private final TestPlatform platform;
        private final LaunchClient browser;
        private int next;

        Learner(String baseUrl, TestPlatform platform, int index) {
            this.baseUrl = baseUrl;
            this.platform = platform;
            this.browser = new LaunchClient(baseUrl, true);
            this.next = index;
        }

        @Override
        public boolean runOnce() {
            String subject = "student-" + (next++ % STUDENTS);
            Login login = browser.loginByGet(Map.of("iss", platform.issuer(), "login_hint", subject, "target_link_uri",
                    baseUrl + "/lti/launch", "client_id", platform.clientId()));
            String idToken = platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(subject).build());
            Reply home = browser.launch(idToken, login.state());
            return home.status() == 200 && home.body().contains("id=\"student-home\"");
        }
    }
}
