package dev.deliberate.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Full LTI launches per second against the built-in demo platform, with the tool on MariaDB in
 * its own JVM: login initiation (the tool stores a state), the platform's authorization endpoint
 * (it signs an id_token), the id_token POST (the tool verifies it, consumes the state, records the
 * launch) and the student's landing page it renders. Run with {@code ./mvnw -Pbenchmark verify}.
 */
class LaunchBenchmark {

    private static final Pattern FORM = Pattern.compile("<form[^>]*data-person=\"(demo-student-[0-9]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    @Test
    void fullLaunchesPerSecond() throws Exception {
        int port = Integer.getInteger("benchmark.port", 18080);
        Duration firstWarmUp = Duration.ofSeconds(Long.getLong("benchmark.firstWarmup", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
        Duration window = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        List<String> rows = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(port, "deliberate_bench", "512m",
                Path.of(ServerProcess.target().getPath(), "launch-server.log"))) {
            List<Map<String, String>> students = students(server.baseUrl);
            assertThat(students).hasSize(30);
            boolean first = true;
            for (int clients : levels()) {
                LoadRun.Result r = LoadRun.run(clients, i -> new Launcher(server.baseUrl, students, i),
                        first ? firstWarmUp : warmUp, window, server);
                first = false;
                rows.add(String.format(Locale.ROOT, "| %d | %,d | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f |", r.clients(),
                        r.operations(), r.failures(), r.perSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.peakHeapMb(),
                        r.serverCpuMillisPerOp(), r.databaseCpuMillisPerOp(), r.loadCpuMillisPerOp()));
                System.out.println("launch benchmark " + r);
                assertThat(r.failures()).as("failed launches at %d clients", clients).isZero();
            }
        }
        List<String> table = new ArrayList<>(List.of(
                "| concurrent clients | launches | failed | launches/s | p50 ms | p99 ms | max ms | peak heap MB | server CPU ms/launch | database CPU ms/launch | load generator CPU ms/launch |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        table.addAll(rows);
        table.add("");
        table.add("Each launch is three HTTP exchanges: login initiation, the demo platform's authorization endpoint, and "
                + "the id_token POST, whose answer is the rendered student landing page. Closed loop, " + window.getSeconds() + " s measured after "
                + warmUp.getSeconds() + " s of warm-up per level (" + firstWarmUp.getSeconds() + " s before the first, so the JIT has "
                + "compiled the hot paths). Server: its own JVM with -Xmx512m, profiles demo and "
                + "mariadb (MySQL Connector/J to the local MariaDB), 20 pooled connections; the load generator shares the "
                + "same two cores.");
        BenchmarkReport.write("launch-benchmark", "## Full LTI launches (issue 2)", table);
    }

    static int[] levels() {
        return levels("1,16,64");
    }

    static int[] levels(String defaults) {
        return java.util.Arrays.stream(System.getProperty("benchmark.levels", defaults).split(","))
                .mapToInt(l -> Integer.parseInt(l.trim())).toArray();
    }

    private static List<Map<String, String>> students(String baseUrl) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/demo")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Map<String, String>> students = new ArrayList<>();
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                fields.put(field.group(1), field.group(2).replace("&amp;", "&"));
            }
            fields.remove("lti_storage_target");
            students.add(fields);
        }
        return students;
    }

    /** One browser launching as the students in turn, keeping cookies as a browser would. */
    private static final class Launcher implements LoadRun.Client {

        private static final Pattern HIDDEN = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]+)\"");

        private final String baseUrl;
        private final List<Map<String, String>> students;
        private final HttpClient http;
        private int next;

        Launcher(String baseUrl, List<Map<String, String>> students, int index) {
            this.baseUrl = baseUrl;
            this.students = students;
            this.next = index;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).build();
        }

        @Override
        public boolean runOnce() throws Exception {
            Map<String, String> student = students.get(next++ % students.size());
            HttpResponse<String> login = http.send(post(baseUrl + "/lti/login", student), HttpResponse.BodyHandlers.ofString());
            String authorize = login.headers().firstValue("Location").orElse(null);
            if (login.statusCode() != 302 || authorize == null) {
                return false;
            }
            HttpResponse<String> platform = http.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, String> form = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(platform.body());
            while (hidden.find()) {
                form.put(hidden.group(1), hidden.group(2));
            }
            HttpResponse<String> home = http.send(post(baseUrl + "/lti/launch", form), HttpResponse.BodyHandlers.ofString());
            return home.statusCode() == 200 && home.body().contains("id=\"student-home\"");
        }

        private static HttpRequest post(String url, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
    }
}
