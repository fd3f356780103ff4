package dev.deliberate.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.ParseResult;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.TestPlatform;

/**
 * Practice attempts per second through HTTP, as htmx sends them: each one submits an answer (and
 * sometimes work), which the tool diagnoses, feeds to the learner model, and answers with the next
 * item chosen and rendered. Students are launched once from a test platform whose JWKS WireMock
 * serves; each then answers about three in four problems right, shows work on some, reads the
 * worked example when stuck and writes the reflection every block asks for (reflections are not
 * counted as attempts). Run with {@code ./mvnw -Pbenchmark verify -Dtest=AttemptBenchmark}.
 */
class AttemptBenchmark {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final Pattern SHOWN = Pattern.compile("class=\"math(?:-display)?\"><math[^>]*alttext=\"([^\"]*)\"");
    private static final Pattern WORKED = Pattern.compile("class=\"worked-example\">.*?</ol>", Pattern.DOTALL);

    @Test
    void attemptsPerSecond() throws Exception {
        int port = Integer.getInteger("benchmark.port", 18081);
        Duration firstWarmUp = Duration.ofSeconds(Long.getLong("benchmark.firstWarmup", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
        Duration window = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        List<String> rows = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(port, "deliberate_bench_attempts", "512m",
                Path.of(ServerProcess.target().getPath(), "attempt-server.log"));
                TestPlatform platform = TestPlatform.create(Clock.systemUTC())) {
            register(server, platform);
            boolean first = true;
            int launched = 0;
            for (int clients : LaunchBenchmark.levels("16,64")) {
                List<Student> students = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    students.add(Student.launch(server.baseUrl, platform, "bench-" + (launched++), i));
                }
                LoadRun.Result r = LoadRun.run(clients, students::get, first ? firstWarmUp : warmUp, window, server);
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

    /** One student working through the assignment as fast as the server answers. */
    private static final class Student implements LoadRun.Client {

        private final String baseUrl;
        private final String token;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final Random random;
        private String page;

        private Student(String baseUrl, String token, String page, long seed) {
            this.baseUrl = baseUrl;
            this.token = token;
            this.page = page;
            this.random = new Random(seed);
        }

        static Student launch(String baseUrl, TestPlatform platform, String subject, long seed) throws Exception {
            LaunchClient browser = new LaunchClient(baseUrl, true);
            Login login = browser.loginByGet(Map.of("iss", platform.issuer(), "login_hint", subject, "target_link_uri",
                    baseUrl + "/lti/launch", "client_id", platform.clientId()));
            String idToken = platform.sign(platform.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(subject).build());
            String token = browser.launch(idToken, login.state()).header("X-Deliberate-Session").orElseThrow();
            Student student = new Student(baseUrl, token, "", seed);
            student.page = student.post("/student/interests", Map.of("interest", "sports"));
            return student;
        }

        @Override
        public boolean runOnce() throws Exception {
            if (page.contains("id=\"reflection-text\"")) {
                page = post("/student/reflections", Map.of("reflection", "I worked backwards from the answer and checked each step."));
            }
            Matcher item = ITEM.matcher(page);
            if (!item.find()) {
                return false;
            }
            page = post("/student/attempts", answer(item.group(1)));
            return page.contains("id=\"practice\"");
        }

        private Map<String, String> answer(String itemId) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("itemId", itemId);
            form.put("elapsed", String.valueOf(3000 + random.nextInt(20000)));
            String solution = solution();
            boolean right = solution != null && random.nextDouble() < 0.75;
            form.put("answer", right ? "x = " + solution : "x = " + (random.nextInt(40) - 20) + "/7");
            if (random.nextInt(3) == 0) {
                Matcher shown = SHOWN.matcher(page);
                form.put("work", shown.find() ? unescape(shown.group(1)) : "2x + 1 = 5");
            }
            return form;
        }

        /** The answer from the equation on screen, or from the worked example once shown. */
        private String solution() {
            Matcher worked = WORKED.matcher(page);
            String source = null;
            if (worked.find()) {
                List<String> lines = SHOWN.matcher(worked.group()).results().map(m -> m.group(1)).toList();
                source = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            }
            else {
                Matcher shown = SHOWN.matcher(page);
                source = shown.find() ? shown.group(1) : null;
            }
            if (source == null) {
                return null;
            }
            ParseResult<Equation> parsed = EquationParser.parse(unescape(source), 1);
            return parsed.isParsed() && parsed.value().solutions() instanceof SolutionSet.One one
                    ? RationalFormat.display(one.value()) : null;
        }

        private String post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Deliberate-Session", token)
                    .header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "status " + response.statusCode();
        }

        private static String unescape(String html) {
            return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", "\"");
        }
    }
}
