package dev.deliberate.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.TestPlatform;

/**
 * A school's morning: 20 classes of 30 students launch within half a minute and practise for a fixed
 * time at a student's pace (a few seconds of thought between answers), while each class's teacher
 * keeps its class view open: the Stuck now list refreshing every 4 s as the page does, and the whole
 * view reloaded every 30 s. Every request is real HTTP to one node in its own JVM, launches
 * included (login initiation, the id_token signed by a test platform in this JVM, the id_token POST).
 * Run with {@code ./mvnw -Pbenchmark verify -Dtest=SchoolLoadBenchmark}.
 */
class SchoolLoadBenchmark {

    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

    @Test
    void twentyClassesPractisingAtOnce() throws Exception {
        int classes = Integer.getInteger("benchmark.classes", 20);
        int perClass = Integer.getInteger("benchmark.students", 30);
        String heap = System.getProperty("benchmark.heap", "384m");
        Duration ramp = Duration.ofSeconds(Long.getLong("benchmark.ramp", 30));
        Duration time = Duration.ofSeconds(Long.getLong("benchmark.seconds", 180));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 45));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        RequestTimes times = new RequestTimes();
        SchoolRun run;
        try (ServerProcess server = ServerProcess.start(Integer.getInteger("benchmark.port", 18083), "deliberate_bench_school", heap,
                Path.of(ServerProcess.target().getPath(), "school-server.log"));
                TestPlatform platform = TestPlatform.create(Clock.systemUTC())) {
            acceptScores(platform, classes);
            register(server, platform);
            warmUp(http, server, platform, warmUp);
            run = new SchoolRun(server, times, ramp, time);
            List<Thread> people = new ArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            Random random = new Random(13);
            for (int c = 0; c < classes; c++) {
                String course = "class-" + c;
                people.add(person(() -> teach(http, server.baseUrl, platform, course, times, stop)));
                for (int s = 0; s < perClass; s++) {
                    long delay = (long) (random.nextDouble() * ramp.toMillis());
                    long seed = c * 1000L + s;
                    people.add(person(() -> study(http, server.baseUrl, platform, course, delay, seed, times, stop)));
                }
            }
            run.measure(stop);
            for (Thread person : people) {
                person.join();
            }
        }
        run.report(classes, perClass, heap);
        assertThat(times.errors()).as("failed requests: %s", times.firstErrors()).isZero();
    }

    /** Launches as a student of {@code course} after {@code delay}, then answers every 2 to 8 s until told to stop. */
    private static void study(HttpClient http, String baseUrl, TestPlatform platform, String course, long delay, long seed,
            RequestTimes times, AtomicBoolean stop) throws Exception {
        Thread.sleep(delay);
        Random pace = new Random(seed);
        String subject = "student-" + UUID.randomUUID();
        Learner learner = Learner.launch(http, List.of(baseUrl), baseUrl, platform,
                nonce -> claims(platform, baseUrl, course, subject, nonce, false), seed, times);
        while (!stop.get()) {
            Thread.sleep(2000 + pace.nextInt(6000));
            if (!stop.get()) {
                learner.answer();
            }
        }
    }

    /** Launches as the teacher of {@code course}, then keeps its class view open until told to stop. */
    private static void teach(HttpClient http, String baseUrl, TestPlatform platform, String course, RequestTimes times,
            AtomicBoolean stop) throws Exception {
        String subject = "teacher-" + UUID.randomUUID();
        String session = Learner.session(http, baseUrl, baseUrl, baseUrl, platform,
                nonce -> claims(platform, baseUrl, course, subject, nonce, true), times);
        for (int tick = 0; !stop.get(); tick++) {
            boolean whole = tick % 8 == 0;
            String path = whole ? "/teacher" : "/teacher/class/stuck";
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header(Learner.SESSION, session);
            if (!whole) {
                request.header("HX-Request", "true");
            }
            long start = System.nanoTime();
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            times.record(whole ? "class view" : "stuck now", System.nanoTime() - start, response.statusCode() == 200);
            Thread.sleep(4000);
        }
    }

    private static JWTClaimsSet claims(TestPlatform platform, String baseUrl, String course, String subject, String nonce,
            boolean teacher) {
        JWTClaimsSet.Builder claims = platform.launchClaims(nonce, baseUrl + "/lti/launch").subject(subject)
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "Algebra " + course))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", "link-" + course, "title", "Linear equations"))
                .claim(AGS, Map.of("lineitem", platform.url("/ags/" + course + "/lineitem"), "scope",
                        List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score")));
        if (teacher) {
            claims.claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR));
        }
        return claims.build();
    }

    /** A class of 8 answering as fast as they can, so the JIT has compiled the hot paths before the school arrives. */
    private static void warmUp(HttpClient http, ServerProcess server, TestPlatform platform, Duration time) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> warming = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long seed = -1 - i;
            warming.add(person(() -> {
                String subject = "warm-up-" + seed;
                Learner learner = Learner.launch(http, List.of(server.baseUrl), server.baseUrl, platform,
                        nonce -> claims(platform, server.baseUrl, "warm-up", subject, nonce, false), seed, Learner.Timings.NONE);
                while (!stop.get()) {
                    learner.answer();
                }
            }));
        }
        Thread.sleep(time.toMillis());
        stop.set(true);
        for (Thread thread : warming) {
            thread.join();
        }
    }

    private static void acceptScores(TestPlatform platform, int classes) {
        platform.server().stubFor(post("/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"school\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        for (int c = -1; c < classes; c++) {
            String lineItem = "/ags/" + (c < 0 ? "warm-up" : "class-" + c) + "/lineitem";
            platform.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(lineItem))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                            .withBody("{\"id\":\"" + platform.url(lineItem) + "\",\"scoreMaximum\":100,\"label\":\"Linear equations\"}")));
        }
        platform.server().stubFor(post(urlPathMatching("/ags/[^/]+/lineitem/scores")).willReturn(aResponse().withStatus(200)));
    }

    private static void register(ServerProcess server, TestPlatform platform) {
        String json = """
                {"issuer": "%s", "clientId": "%s", "authorizationEndpoint": "%s/auth", "tokenEndpoint": "%s",
                 "jwksUri": "%s", "deployments": ["%s"]}""".formatted(platform.issuer(), platform.clientId(), platform.issuer(),
                platform.url("/token"), platform.jwksUri(), platform.deployment());
        AdminClient.Answer created = new AdminClient(server.baseUrl, "admin", ServerProcess.OPERATOR_PASSWORD).post("/admin/api/platforms", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private interface Body {
        void run() throws Exception;
    }

    private static Thread person(Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
