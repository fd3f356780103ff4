package dev.deliberate.benchmark;

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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.shared.DbTime;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Grade delivery under load, against a WireMock platform on 127.0.0.1: scores delivered per second
 * (2,000 students due at once, with an instant platform and with one answering in 50 ms), token
 * requests per 1,000 score posts, and score POSTs per 100 attempts of one student at two paces.
 * The application runs in this JVM on its default gradebook settings and in-memory H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookBenchmark extends IntegrationTestSupport {

    private static final String LTI = TestPlatform.LTI;
    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final List<String> SCOPES = List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score");
    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final int STUDENTS = 2000;
    private static final String NOTE = "In-process: the tool and a WireMock platform on 127.0.0.1 share the test JVM, with H2 in memory and the default gradebook settings (8 senders, batches of 100, quiet 5 s, max wait 2 min). Throughput: 2,000 completed scores made due at the same moment, timed until the last is recorded as sent; every score was posted exactly once. Per 100 attempts: one student answering through the HTTP API (every answer right, reflections written when asked); the delivery time is from the last attempt to the score recorded as sent. Attempts further apart than the quiet period (5 s) each end a quiet moment and are sent on their own: that is the price of a gradebook that is current 5 s after a student stops; max-wait bounds the delay during an unbroken session.";

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform platform;
    final List<String> table = new ArrayList<>();

    @BeforeAll
    void start() {
        platform = TestPlatform.create(clock);
        registry.save(platform.settingsWithServices(), PlatformSource.ADMIN_API);
        platform.server().stubFor(post("/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"bench\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        table.add("| scenario | figure |");
        table.add("|---|---|");
    }

    @AfterAll
    void stop() throws Exception {
        platform.close();
        table.add("");
        table.add(NOTE);
        BenchmarkReport.write("gradebook-benchmark", "## Grade delivery (issue 4)", table);
    }

    @Test
    void deliveryThroughputAndTokens() {
        int tokensAtStart = tokenRequests();
        int postsInAll = 0;
        for (int latency : new int[] { 0, 50 }) {
            String item = "/api/lti/courses/bench/line_items/" + latency;
            lineItem(item, latency);
            Launch first = launch(item, "course-" + latency + "-" + UUID.randomUUID());
            List<Long> members = students(first, STUDENTS);
            Instant due = clock.instant().plusSeconds(1);
            for (long member : members) {
                jdbc.sql("""
                        INSERT INTO gradebook_sync (link_id, membership_id, context_id, score, completed, version, sent_version, status,
                            due_at, due_limit, changed_at) VALUES (?, ?, ?, 0.75, TRUE, 1, 0, 'PENDING', ?, ?, ?)""")
                        .params(first.linkId(), member, first.contextId(), DbTime.of(due), DbTime.of(due), DbTime.of(clock.instant()))
                        .update();
            }
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> sent(first.linkId()) >= STUDENTS);
            Instant done = clock.instant();
            double seconds = Duration.between(due, done).toMillis() / 1000.0;
            int posts = platform.server().findAll(postRequestedFor(urlPathEqualTo(item + "/scores"))).size();
            assertThat(posts).as("every score exactly once").isEqualTo(STUDENTS);
            postsInAll += posts;
            table.add(String.format(Locale.ROOT, "| %d scores due at once, platform answering in %d ms | **%.0f scores/s** (all sent in %.1f s) |",
                    STUDENTS, latency, STUDENTS / seconds, seconds));
        }
        int tokens = tokenRequests() - tokensAtStart;
        table.add(String.format(Locale.ROOT, "| token requests per 1,000 score posts (token lifetime 3,600 s) | **%.2f** (%d for %d posts) |",
                tokens * 1000.0 / postsInAll, tokens, postsInAll));
    }

    @Test
    void scorePostsPerHundredAttempts() {
        for (Duration pace : new Duration[] { Duration.ZERO, Duration.ofSeconds(1) }) {
            String item = "/api/lti/courses/pace/line_items/" + pace.toMillis();
            lineItem(item, 0);
            Launch student = launch(item, "course-pace-" + UUID.randomUUID());
            Reply reply = student.post("/student/interests", Map.of());
            int attempts = 0;
            Instant began = Instant.now();
            while (attempts < 100) {
                if (reply.body().contains("id=\"reflection\"")) {
                    reply = student.post("/student/reflections", Map.of("reflection",
                            "I isolated the unknown step by step and checked each line by substituting back."));
                    continue;
                }
                long itemId = itemId(reply);
                reply = student.post("/student/attempts", Map.of("itemId", String.valueOf(itemId), "answer", answer(itemId)));
                attempts++;
                pause(pace);
            }
            Instant lastAttempt = Instant.now();
            double perSecond = 100 / (Duration.between(began, lastAttempt).toMillis() / 1000.0);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> "SENT".equals(status(student.linkId())));
            Duration lag = Duration.between(lastAttempt, Instant.now());
            pause(Duration.ofSeconds(1));
            var scores = platform.server().findAll(postRequestedFor(urlPathEqualTo(item + "/scores")));
            double last = JsonMapper.builder().build().readTree(scores.get(scores.size() - 1).getBodyAsString()).path("scoreGiven").asDouble();
            double expected = Math.round(finalScore(student.linkId()) * 100 * 100) / 100.0;
            assertThat(last).as("the final mastery is the last score delivered").isEqualTo(expected);
            table.add(String.format(Locale.ROOT,
                    "| score POSTs per 100 attempts of one student, %s | **%d** (final mastery %.2f delivered %.1f s after the last attempt) |",
                    pace.isZero() ? String.format(Locale.ROOT, "back to back (%.1f attempts/s)", perSecond)
                            : "one attempt per " + pace.toSeconds() + " s",
                    scores.size(), expected, lag.toMillis() / 1000.0));
        }
    }

    // ---------------------------------------------------------------------------------------------

    private record Launch(LaunchClient browser, String token, long contextId, long linkId) {

        Reply post(String path, Map<String, String> form) {
            return browser.post(path, form, Map.of("X-Deliberate-Session", token, "HX-Request", "true"));
        }
    }

    private Launch launch(String lineItem, String course) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "bench");
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        Login login = browser.loginByGet(params);
        JWTClaimsSet claims = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .claim(LTI + "context", Map.of("id", course, "title", "Benchmark"))
                .claim(AGS, Map.of("lineitem", platform.url(lineItem), "scope", SCOPES)).build();
        Reply reply = browser.launch(platform.sign(claims), login.state());
        assertThat(reply.status()).isEqualTo(200);
        return jdbc.sql("SELECT c.id, l.id FROM course_context c JOIN course_resource_link l ON l.context_id = c.id WHERE c.lms_context_id = ?")
                .param(course).query((rs, i) -> new Launch(browser, reply.header("X-Deliberate-Session").orElseThrow(), rs.getLong(1),
                        rs.getLong(2))).single();
    }

    /** Students of the launch's course, written straight into the tables: the benchmark is about delivery, not launches. */
    private List<Long> students(Launch launch, int count) {
        List<Long> ids = new ArrayList<>();
        String issuer = platform.issuer();
        for (int i = 0; i < count; i++) {
            String subject = "bench-" + launch.contextId() + "-" + i;
            jdbc.sql("INSERT INTO course_person (issuer, subject, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(issuer, subject, "Student " + i, DbTime.of(clock.instant()), DbTime.of(clock.instant())).update();
            long person = jdbc.sql("SELECT id FROM course_person WHERE issuer = ? AND subject = ?").params(issuer, subject)
                    .query(Long.class).single();
            jdbc.sql("INSERT INTO course_membership (context_id, person_id, role) VALUES (?, ?, 'STUDENT')")
                    .params(launch.contextId(), person).update();
            ids.add(jdbc.sql("SELECT id FROM course_membership WHERE context_id = ? AND person_id = ?")
                    .params(launch.contextId(), person).query(Long.class).single());
        }
        return ids;
    }

    private void lineItem(String path, int latencyMillis) {
        platform.server().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"" + platform.url(path) + "\",\"scoreMaximum\":100,\"label\":\"Practice\"}")));
        platform.server().stubFor(post(urlPathEqualTo(path + "/scores")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(latencyMillis)));
    }

    private int tokenRequests() {
        return platform.server().findAll(postRequestedFor(urlPathEqualTo("/token"))).size();
    }

    private long sent(long linkId) {
        return jdbc.sql("SELECT COUNT(*) FROM gradebook_sync WHERE link_id = ? AND status = 'SENT'").param(linkId).query(Long.class).single();
    }

    private String status(long linkId) {
        return jdbc.sql("SELECT status FROM gradebook_sync WHERE link_id = ?").param(linkId).query(String.class).optional().orElse(null);
    }

    private double finalScore(long linkId) {
        return jdbc.sql("SELECT score FROM gradebook_sync WHERE link_id = ?").param(linkId).query(Double.class).single();
    }

    private String answer(long itemId) {
        ItemSpec spec = jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
        return "x = " + subjects.stream().filter(s -> s.id().equals("math")).findFirst().orElseThrow().regenerate(spec).answer();
    }

    private static long itemId(Reply reply) {
        Matcher m = ITEM.matcher(reply.body());
        if (!m.find()) {
            throw new AssertionError("no problem on the page: " + reply.body().replaceAll("\\s+", " ").substring(0, 300));
        }
        return Long.parseLong(m.group(1));
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
