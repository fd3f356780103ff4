package dev.deliberate.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jwt.SignedJWT;

import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.TestPlatform;

/**
 * Writing feedback through HTTP, as htmx sends it: 16 students on a writing assignment made through
 * Deep Linking, each posting paragraphs of the length students write (a first draft, then
 * revisions the tool compares with the last draft until the exercise is met). Twice: without a
 * model (the rules alone: issue 11's target is p99 under 100 ms), and with the assignment's language model switched on and WireMock playing
 * an OpenAI-compatible provider that answers every chat completion after a fixed delay, to show the
 * tool's own time on top of the provider's. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=WritingBenchmark} (-Dbenchmark.modelDelayMillis=300).
 */
class WritingBenchmark {

    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final List<String> SKILLS = List.of("thesis", "hook", "claim", "evidence", "reasoning", "transition", "conclusion");

    @Test
    void writingFeedbackWithoutAndWithAModel() throws Exception {
        int port = Integer.getInteger("benchmark.port", 18086);
        int clients = Integer.getInteger("benchmark.students", 16);
        Duration firstWarmUp = Duration.ofSeconds(Long.getLong("benchmark.firstWarmup", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
        Duration window = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
        long delay = Long.getLong("benchmark.modelDelayMillis", 300);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> rows = new ArrayList<>();

        try (ServerProcess server = ServerProcess.start(port, "deliberate_bench_writing", "512m",
                Path.of(ServerProcess.target().getPath(), "writing-server.log"));
                TestPlatform platform = TestPlatform.create(Clock.systemUTC())) {
            AttemptBenchmark.register(server, platform);
            Measured rules = measure(http, server, platform, clients, false, firstWarmUp, window);
            rows.add(row("rules only", rules, 0, 0));
            assertThat(rules.result().failures()).as("failed writing attempts without a model").isZero();
        }

        WireMockServer model = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(clients + 8));
        model.start();
        try {
            model.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(okJson(completion()).withFixedDelay((int) delay)));
            List<String> provider = List.of("--deliberate.llm.provider=openai",
                    "--deliberate.llm.base-url=http://127.0.0.1:" + model.port() + "/v1", "--deliberate.llm.model=bench-model",
                    "--deliberate.llm.api-key=bench-key-never-logged",
                    // every attempt asks: the canned answer quotes nothing of the learner's text, so the checks discard it
                    // (the tool's whole cost but the rendering of used comments); without these the breaker and the
                    // course's daily budget would stop the calls after a few
                    "--deliberate.llm.failures-to-open=1000000000", "--deliberate.llm.daily-tokens-per-course=1000000000000",
                    // a thread per student: with the default 4 (and a queue of 16) most attempts find the pool full and ask nothing
                    "--deliberate.llm.feedback-threads=" + (clients + 4), "--deliberate.llm.feedback-queue=" + (4 * clients));
            try (ServerProcess server = ServerProcess.start(port, "deliberate_bench_writing", "512m",
                    Path.of(ServerProcess.target().getPath(), "writing-model-server.log"), provider);
                    TestPlatform platform = TestPlatform.create(Clock.systemUTC())) {
                AttemptBenchmark.register(server, platform);
                int before = model.countRequestsMatching(postRequestedFor(urlPathEqualTo(COMPLETIONS)).build()).getCount();
                Measured withModel = measure(http, server, platform, clients, true, warmUp, window);
                int calls = model.countRequestsMatching(postRequestedFor(urlPathEqualTo(COMPLETIONS)).build()).getCount() - before;
                double callsPerAttempt = withModel.attempts() == 0 ? 0 : (double) calls / withModel.attempts();
                rows.add(row("model, " + delay + " ms a call", withModel, callsPerAttempt, delay));
                System.out.printf(Locale.ROOT, "writing benchmark with a model: %d chat completions for %d attempts%n", calls,
                        withModel.attempts());
                assertThat(withModel.result().failures()).as("failed writing attempts with a model").isZero();
            }
        }
        finally {
            model.stop();
        }

        List<String> table = new ArrayList<>(List.of(
                "| feedback | concurrent students | attempts | failed | attempts/s | p50 ms | p95 ms | p99 ms | model calls/attempt | tool's own p50 ms | tool's own p99 ms | server CPU ms/attempt | database CPU ms/attempt |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        table.addAll(rows);
        table.add("");
        table.add("An attempt is one POST /student/attempts with a paragraph of 60 to 120 words, answered with the practice region: "
                + "the text analysed per criterion, compared with the last draft when it is a revision of an exercise not yet met, the "
                + "learner model updated and the next exercise or the feedback rendered. The assignment (7 writing skills) is made "
                + "through Deep Linking; students write the block reflections it asks for (not counted). The tool's own time is the "
                + "latency minus the provider's (the fixed delay times the model calls per attempt); with no model calls it equals "
                + "the latency. Closed loop, " + window.getSeconds() + " s measured after " + warmUp.getSeconds() + " s of warm-up ("
                + firstWarmUp.getSeconds() + " s before the first). Server: its own JVM, -Xmx512m, MariaDB through MySQL "
                + "Connector/J, sharing two cores with the load generator and WireMock.");
        BenchmarkReport.write("writing-benchmark", "## Writing feedback (issue 11)", table);
    }

    private record Measured(LoadRun.Result result, long attempts) {
    }

    private static Measured measure(HttpClient http, ServerProcess server, TestPlatform platform, int clients, boolean llm,
            Duration warmUp, Duration window) throws Exception {
        String course = "writing-" + UUID.randomUUID();
        String assignment = writingAssignment(http, server.baseUrl, platform, course, llm);
        List<WritingStudent> students = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            students.add(WritingStudent.launch(http, server.baseUrl, platform, course, course + "-essays", assignment,
                    course + "-student-" + i, i));
        }
        LoadRun.Result r = LoadRun.run(clients, students::get, warmUp, window, server);
        System.out.println("writing benchmark " + (llm ? "with a model " : "without a model ") + r);
        return new Measured(r, students.stream().mapToLong(WritingStudent::attempts).sum());
    }

    private static String row(String feedback, Measured m, double callsPerAttempt, long delay) {
        LoadRun.Result r = m.result();
        double provider = callsPerAttempt * delay;
        return String.format(Locale.ROOT, "| %s | %d | %,d | %d | %.0f | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f | %.2f |", feedback,
                r.clients(), r.operations(), r.failures(), r.perSecond(), r.p50Millis(), r.p95Millis(), r.p99Millis(), callsPerAttempt,
                r.p50Millis() - provider, r.p99Millis() - provider, r.serverCpuMillisPerOp(), r.databaseCpuMillisPerOp());
    }

    /**
     * A teacher's Deep Linking launch and choice: a writing assignment with its seven skills, the
     * language model on or off; returns the signed custom parameter the LMS puts on the link.
     */
    private static String writingAssignment(HttpClient http, String base, TestPlatform platform, String course, boolean llm)
            throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", platform.issuer() + "/deep_links/return");
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", false);
        HttpResponse<String> form = Learner.launched(http, base, base, base, platform, nonce -> platform.launchClaims(nonce, base + "/lti/launch")
                .subject(course + "-teacher")
                .claim(TestPlatform.LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(TestPlatform.LTI + "roles", List.of(TestPlatform.INSTRUCTOR))
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "English 9"))
                .claim(DL + "deep_linking_settings", settings)
                .claim(TestPlatform.LTI + "resource_link", null).build(), Learner.Timings.NONE);
        Map<String, String> hidden = DemoLms.fields(form.body());
        List<Map.Entry<String, String>> choice = new ArrayList<>(List.of(Map.entry("_session", hidden.get("_session")),
                Map.entry("request", hidden.get("request")), Map.entry("title", "Essays"), Map.entry("subject", "writing"),
                Map.entry("targetPercent", "80"), Map.entry("minimumItems", "20")));
        SKILLS.forEach(skill -> choice.add(Map.entry("skills", skill)));
        if (llm) {
            choice.add(Map.entry("llmEnabled", "true"));
        }
        String body = choice.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/teacher/deep-linking/choice"))
                .header("Content-Type", "application/x-www-form-urlencoded").header(Learner.SESSION, hidden.get("_session"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) SignedJWT.parse(DemoLms.fields(answer.body()).get("JWT")).getJWTClaimsSet()
                .getListClaim(DL + "content_items").get(0);
        return (String) ((Map<?, ?>) item.get("custom")).get("deliberate_assignment");
    }

    /**
     * An OpenAI chat completion whose message is a writing-feedback JSON. Its shape is a guess until
     * the model's writing feedback is on this branch: a reply the tool does not accept falls back to
     * the rules, so the tool's time is still measured, and the calls per attempt show whether the
     * model was asked at all.
     */
    private static String completion() {
        // the shape the writing-feedback schema asks for (llm.WritingPrompt)
        String content = "{\"comments\": [{\"criterion\": \"thesis\", \"quote\": \"a clear position\", "
                + "\"observation\": \"Your first sentence takes a clear position and gives a reason.\", "
                + "\"next_step\": \"Add one piece of evidence for your reason.\", "
                + "\"observation_es\": \"Tu primera frase toma una postura clara y da una razón.\", "
                + "\"next_step_es\": \"Añade una prueba para tu razón.\"}]}";
        return "{\"id\": \"chatcmpl-bench\", \"object\": \"chat.completion\", \"created\": 1700000000, \"model\": \"bench-model\", "
                + "\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": "
                + "\"" + content.replace("\"", "\\\"") + "\"}, \"finish_reason\": \"stop\"}], "
                + "\"usage\": {\"prompt_tokens\": 400, \"completion_tokens\": 80, \"total_tokens\": 480}}";
    }
}
