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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The teacher's class view (GET /teacher, the whole page) for 30 and for 300 students, with 1 and
 * with 8 teachers refreshing at once, against the tool on MariaDB in its own JVM. The 30 are the
 * demo class with its simulated histories (made by the tool itself on first start); the 300 are
 * those 30 and nine copies of each, made in SQL (ClassCopies). Also the page's transferred weight.
 * Run with {@code ./mvnw -Pbenchmark verify -Dtest=ClassViewBenchmark}.
 */
class ClassViewBenchmark {

    private static final String DATABASE = "deliberate_bench_class";
    private static final String ROOT = "jdbc:mysql://127.0.0.1:3306/";
    private static final Pattern TEACHER = Pattern.compile("<form[^>]*data-person=\"demo-teacher-1\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @Test
    void classViewServerTimeFor30And300Students() throws Exception {
        int port = Integer.getInteger("benchmark.port", 18081);
        Duration firstWarmUp = Duration.ofSeconds(Long.getLong("benchmark.firstWarmup", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
        Duration window = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        try (Connection admin = DriverManager.getConnection(ROOT + "?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
                Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        List<String> rows = new ArrayList<>();
        List<String> weight = new ArrayList<>();
        String seeding;
        // -Dbenchmark.classViewReuse=0s: every view computed, as for teachers of different classes
        String reuse = System.getProperty("benchmark.classViewReuse", "2s");
        boolean shared = !reuse.matches("0+\\w*");
        try (ServerProcess server = ServerProcess.start(port, DATABASE, "512m", Path.of(ServerProcess.target().getPath(), "class-view-server.log"),
                List.of("--deliberate.demo.class-histories=true", "--deliberate.teacher.class-view-reuse=" + reuse));
                Connection db = DriverManager.getConnection(ROOT + DATABASE + "?useSSL=false&allowPublicKeyRetrieval=true", "root", "")) {
            seeding = awaitHistories(db, Duration.ofMinutes(5));
            System.out.println("class view benchmark: demo class histories " + seeding);
            int live = Integer.getInteger("benchmark.liveAnswers", 10);
            if (live >= 0) {
                inTheMiddleOfALesson(db, live);
            }
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sessions.add(teacherSession(server.baseUrl));
            }
            boolean first = true;
            for (int students : new int[] { 30, 300 }) {
                if (students == 300) {
                    long context = single(db, "SELECT MIN(context_id) FROM course_membership WHERE role = 'STUDENT'");
                    assertThat(new ClassCopies(db).copy(context, 9)).isEqualTo(300);
                }
                String page = get(server.baseUrl, "/teacher", sessions.get(0)).body();
                assertThat(page.split("data-student=\"", -1).length - 1).as("students on the page").isEqualTo(students);
                weight.add(weight(server.baseUrl, page, students, sessions.get(0)));
                for (int teachers : LaunchBenchmark.levels("1,8")) {
                    LoadRun.Result r = LoadRun.run(teachers, i -> () -> {
                        HttpResponse<String> view = get(server.baseUrl, "/teacher", sessions.get(i % sessions.size()));
                        return view.statusCode() == 200 && view.body().contains("data-group=");
                    }, first ? firstWarmUp : warmUp, window, server);
                    first = false;
                    rows.add(String.format(Locale.ROOT, "| %d | %d | %,d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f |", students,
                            teachers, r.operations(), r.failures(), r.perSecond(), r.p50Millis(), r.p95Millis(), r.p99Millis(), r.maxMillis(),
                            r.peakHeapMb(), r.serverCpuMillisPerOp(), r.databaseCpuMillisPerOp()));
                    System.out.println("class view benchmark " + students + " students: " + r);
                    assertThat(r.failures()).as("failed views at %d students, %d teachers", students, teachers).isZero();
                }
            }
        }
        List<String> table = new ArrayList<>(List.of(
                "| students | teachers refreshing at once | views | failed | views/s | p50 ms | p95 ms | p99 ms | max ms | peak heap MB | server CPU ms/view | database CPU ms/view |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        table.addAll(rows);
        table.add("");
        table.add("| students | HTML bytes | HTML bytes served gzipped | static assets, first load (bytes) | the same served gzipped | assets |");
        table.add("|---:|---:|---:|---:|---:|---|");
        table.addAll(weight);
        table.add("");
        table.add("A view is GET /teacher with the session header: the whole page, every student placed by the grouping, "
                + "the mastery heatmap, the grade status and the Stuck now list. The 30 are the demo class "
                + "after its simulated histories (" + seeding + " on MariaDB), as in the middle of a lesson: each student's last "
                + Integer.getInteger("benchmark.liveAnswers", 10) + " answers in the last minutes, the rest a day earlier; the 300 add nine SQL copies of each of them, "
                + "with their sessions, answers, skill states, misconceptions and grade rows. "
                + (shared ? "The teachers are of the same class, and share its view (deliberate.teacher.class-view-reuse=" + reuse + "). "
                        : "Every view is computed (deliberate.teacher.class-view-reuse=0s), as for teachers of different classes. ")
                + "Closed loop, " + window.getSeconds()
                + " s measured after " + warmUp.getSeconds() + " s of warm-up per level (" + firstWarmUp.getSeconds()
                + " s before the first); each teacher has a session of their own. Server as above: its own JVM, -Xmx512m, "
                + "MariaDB through MySQL Connector/J, sharing two cores with the load generator. The views of the load do not ask "
                + "for gzip, so the times are of the page uncompressed; a browser asks for it, and the server compresses text "
                + "(server.compression), so the page travels as the weight table's second column says.");
        if (shared) {
            BenchmarkReport.write("class-view-benchmark", "## The teacher's class view (issue 8)", table);
        }
        else {
            BenchmarkReport.write("class-view-computed-benchmark", "### Every view computed", table);
        }
    }

    private static String awaitHistories(Connection db, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT outcome FROM demo_class_run WHERE finished_at IS NOT NULL")) {
                if (rs.next()) {
                    assertThat(rs.getString(1)).startsWith("30 students");
                    return rs.getString(1);
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no demo class histories within " + limit);
    }

    /**
     * The histories were all made in the minute before: date all but each student's last {@code live}
     * answers a day earlier, so "Stuck now" (the last 20 minutes) reads what a class in the middle of a
     * lesson would have given it, not the whole history.
     */
    private static void inTheMiddleOfALesson(Connection db, int live) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    UPDATE practice_attempt a JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY session_id ORDER BY id DESC) AS latest
                                                    FROM practice_attempt) r ON r.id = a.id
                    SET a.created_at = a.created_at - INTERVAL 1 DAY WHERE r.latest > """ + live);
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The page's weight as served to a browser, which asks for gzip (the server compresses text since issue 8's work). */
    private static String weight(String baseUrl, String page, int students, String session) throws Exception {
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> zipped = VIEWS.send(HttpRequest.newBuilder(URI.create(baseUrl + "/teacher")).header("X-Deliberate-Session", session)
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).as("the page is served gzipped").hasValue("gzip");
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(page);
        while (m.find()) {
            assets.add(m.group(1));
        }
        long assetBytes = 0;
        long assetZipped = 0;
        HttpClient http = HttpClient.newHttpClient();
        for (String asset : assets) {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + asset)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(asset).isEqualTo(200);
            assetBytes += answer.body().length;
            HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create(baseUrl + asset)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assetZipped += served.body().length;
        }
        return String.format(Locale.ROOT, "| %d | %,d | %,d | %,d | %,d | %s |", students, html.length, zipped.body().length, assetBytes, assetZipped,
                assets.stream().map(a -> "`" + a.replaceAll(".*/", "") + "`").collect(Collectors.joining(", ")));
    }

    /** The demo teacher launched once more: a session of their own, as another open LMS tab would have. */
    private static String teacherSession(String baseUrl) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String demo = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/demo")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher form = TEACHER.matcher(demo);
        assertThat(form.find()).isTrue();
        Map<String, String> login = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(form.group(1));
        while (field.find()) {
            login.put(field.group(1), field.group(2).replace("&amp;", "&"));
        }
        login.remove("lti_storage_target");
        String authorize = http.send(post(baseUrl + "/lti/login", login), HttpResponse.BodyHandlers.ofString()).headers()
                .firstValue("Location").orElseThrow();
        String platform = http.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> launch = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(platform);
        while (hidden.find()) {
            launch.put(hidden.group(1), hidden.group(2));
        }
        HttpResponse<String> home = http.send(post(baseUrl + "/lti/launch", launch), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        return home.headers().firstValue("X-Deliberate-Session").orElseThrow();
    }

    private static final HttpClient VIEWS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> get(String baseUrl, String path, String session) throws Exception {
        return VIEWS.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Deliberate-Session", session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest post(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
