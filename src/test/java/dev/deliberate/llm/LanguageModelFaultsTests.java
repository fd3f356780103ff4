package dev.deliberate.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.deliberate.course.AssignmentSettings;
import dev.deliberate.course.CourseAssignments;
import dev.deliberate.course.CoursesDeleted;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.practice.math.item.WrittenStories;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.StoryOrder.StorySample;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;
import tools.jackson.databind.json.JsonMapper;

/**
 * Math stories through a language model that answers well, badly or not at all: WireMock on
 * 127.0.0.1 plays the OpenAI chat-completions API. Whatever it does, a learner gets a valid item
 * within 2 seconds, and nothing sent names anyone. This context alone has a model configured;
 * every other test runs with provider none.
 */
class LanguageModelFaultsTests extends IntegrationTestSupport {

    private static final WireMockServer MODEL = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final Set<String> LEARNER_NAME = Set.of("Zebedee", "Quixote");
    private static final long COURSE = 900_001L;
    private static final Duration PROMPT_SERVICE = Duration.ofSeconds(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STUDENT_SUB = "lti-sub-7f3e9a21";
    private static final String STUDENT_EMAIL = "zebedee.quixote@school.example";

    static {
        MODEL.start();
    }

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("deliberate.llm.provider", () -> "openai");
        registry.add("deliberate.llm.base-url", () -> "http://127.0.0.1:" + MODEL.port() + "/v1");
        registry.add("deliberate.llm.model", () -> "story-test-model");
        registry.add("deliberate.llm.api-key", () -> "sk-test-key-never-logged");
        registry.add("deliberate.llm.timeout", () -> "1s");
        registry.add("deliberate.llm.max-retries", () -> "1");
        registry.add("deliberate.llm.failures-to-open", () -> "1000");
        registry.add("deliberate.llm.reorder-after", () -> "1h");
        registry.add("deliberate.llm.cost-per-1k-tokens", () -> "2.5");
        registry.add("deliberate.llm.currency", () -> "EUR");
    }

    @AfterAll
    static void stop() {
        MODEL.stop();
    }

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    List<PracticeSubject> subjects;

    @Autowired
    ModelStories stories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    CourseAssignments assignments;

    @Autowired
    TokenBudget budget;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aGoodAnswerIsCheckedStoredAndShownExactlyTheSameAgain() {
        double answeredBefore = meters.counter("deliberate.llm.calls", "outcome", "answered").count();
        double tokensBefore = meters.counter("deliberate.llm.tokens").count();
        double costBefore = meters.counter("deliberate.llm.cost", "currency", "EUR").count();
        String template = math().next(request("sports", null)).spec().wording();
        answer(okJson(completion(storiesFor(template, 0))));

        PreparedItem meanwhile = served("sports");
        awaitWritten(1);
        PreparedItem told = served("sports");

        assertThat(meanwhile.statement().code()).isEqualTo(template);
        assertThat(told.statement().code()).isEqualTo(WrittenStories.MESSAGE);
        assertThat(told.spec().wording()).startsWith(template + "#");
        assertThat(math().regenerate(told.spec())).isEqualTo(told);
        assertThat(storedFor(template)).isEqualTo(WrittenStories.samples(template).size());
        System.out.println("llm request body: " + requestBodies().get(0));
        assertThat(jdbc.sql("SELECT tokens FROM llm_usage WHERE context_id = ?").param(COURSE).query(Long.class).single())
                .isGreaterThanOrEqualTo(150L);
        assertThat(meters.counter("deliberate.llm.calls", "outcome", "answered").count()).isEqualTo(answeredBefore + 1);
        double tokens = meters.counter("deliberate.llm.tokens").count();
        assertThat(tokens).isGreaterThanOrEqualTo(tokensBefore + 150);
        assertThat(meters.counter("deliberate.llm.cost", "currency", "EUR").count()).as("2.5 EUR per 1,000 tokens")
                .isCloseTo(costBefore + (tokens - tokensBefore) * 2.5 / 1000, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aCourseWhoseBudgetIsSpentAsksNothingMore() {
        long spent = 900_003L;
        budget.charge(spent, 20_000);
        answer(okJson(completion("{}")));

        PreparedItem item = math().next(new NextItemSpec("word-problems", 2, Set.of(), List.of(), 31L, Set.of("daily-life"),
                LEARNER_NAME, spent));

        assertThat(budget.allows(spent)).isFalse();
        assertThat(item.statement().code()).startsWith("math.story.daily-life.");
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(stories::idle);
        assertThat(requestBodies()).isEmpty();
    }

    @Test
    void aDeletedCourseLosesItsTokenAccountingAndOthersKeepTheirs() {
        budget.charge(900_004L, 10);
        budget.charge(900_005L, 10);

        events.publishEvent(new CoursesDeleted(1, List.of(900_004L), List.of(), List.of()));

        assertThat(budget.spent(900_004L)).isZero();
        assertThat(budget.spent(900_005L)).isEqualTo(10);
    }

    @Test
    void malformedJsonFallsBackToTheTemplates() {
        faultKeepsTemplates("music", okJson(completion("Here are your stories: {\"stories\": [ {\"equation\": ")));
    }

    @Test
    void anAnswerBreakingTheSchemaFallsBackToTheTemplates() {
        faultKeepsTemplates("science", okJson(completion("{\"stories\": [{\"equation\": \"3x = 36\", \"english\": \"Only this.\"}]}")));
    }

    @Test
    void storiesWhoseNumbersDoNotGiveTheirEquationAreDropped() {
        String template = math().next(request("gaming", null)).spec().wording();
        faultKeepsTemplates("gaming", okJson(completion(storiesFor(template, 1))));
    }

    @Test
    void anAnswerPastTheTimeoutIsNotWaitedFor() {
        String template = math().next(request("cooking", null)).spec().wording();
        faultKeepsTemplates("cooking", okJson(completion(storiesFor(template, 0))).withFixedDelay(3_000));
    }

    @Test
    void rateLimitingFallsBackToTheTemplates() {
        faultKeepsTemplates("art", aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}"));
    }

    @Test
    void aServerErrorFallsBackToTheTemplates() {
        faultKeepsTemplates("finance", aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}"));
    }

    @Test
    void aDroppedConnectionFallsBackToTheTemplates() {
        faultKeepsTemplates("physics", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    @Test
    void aStudentsPracticeSendsNothingThatNamesThem() {
        answer(aResponse().withStatus(500));
        try (TestPlatform lms = TestPlatform.create(clock)) {
            long platform = registry.save(lms.settings(), PlatformSource.ADMIN_API).id();
            String course = "course-" + UUID.randomUUID();
            long assignment = assignments.create(platform, lms.deployment(), course, new AssignmentSettings("Stories",
                    "math", List.of("word-problems"), 1.0, 20, List.of("geometry"), false, true));
            String reference = assignments.parameterValue(assignment, platform);
            LaunchClient student = new LaunchClient(baseUrl, true);
            Login login = student.loginByGet(Map.of("iss", lms.issuer(), "login_hint", "student-hint",
                    "target_link_uri", baseUrl + "/lti/launch", "client_id", lms.clientId(), "lti_deployment_id", lms.deployment()));
            Reply landing = student.launch(lms.sign(lms.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                    .subject(STUDENT_SUB).claim("name", "Zebedee Quixote").claim("given_name", "Zebedee")
                    .claim("family_name", "Quixote").claim("email", STUDENT_EMAIL)
                    .claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "Algebra"))
                    .claim(TestPlatform.LTI + "resource_link", Map.of("id", "stories-" + assignment, "title", "Stories"))
                    .claim(TestPlatform.LTI + "custom", Map.of("deliberate_assignment", reference)).build()), login.state());
            assertThat(landing.status()).isEqualTo(200);

            long start = System.nanoTime();
            Reply first = student.post("/student/interests", Map.of(),
                    Map.of("X-Deliberate-Session", landing.header("X-Deliberate-Session").orElseThrow()));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(jdbc.sql("SELECT skill || ' ' || wording FROM practice_item ORDER BY id DESC LIMIT 1").query(String.class)
                    .single()).startsWith("word-problems math.story.geometry.");
            awaitWritten(1);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body()).contains("name=\"itemId\"");
            assertThat(elapsed).isLessThan(PROMPT_SERVICE);
            List<String> bodies = requestBodies();
            assertThat(bodies).isNotEmpty();
            for (String body : bodies) {
                for (String value : List.of("Zebedee", "Quixote", STUDENT_SUB, STUDENT_EMAIL, "Algebra", course)) {
                    assertThat(Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
                            .matcher(body).find()).as("%s sent to the model", value).isFalse();
                }
            }
            System.out.printf("llm launch: first problem in %d ms while the model failed%n", elapsed.toMillis());
        }
    }

    /** The model answers so; a learner still gets a valid template item at once, before and after, and nothing is kept. */
    private void faultKeepsTemplates(String context, ResponseDefinitionBuilder response) {
        String template = math().next(request(context, null)).spec().wording();
        answer(response);
        long started = System.nanoTime();
        PreparedItem meanwhile = served(context);
        awaitWritten(1);
        long settled = System.nanoTime();
        PreparedItem after = served(context);

        assertThat(meanwhile.statement().code()).isEqualTo(template);
        assertThat(after.statement().code()).isEqualTo(template);
        assertThat(storedFor(template)).isZero();
        assertThat(requestBodies()).allSatisfy(body -> assertThat(body).doesNotContain(LEARNER_NAME));
        System.out.printf("llm fault %-8s: model calls %d, background finished after %d ms%n", context, requestBodies().size(),
                (settled - started) / 1_000_000);
    }

    /** An item served for one learner of the course, timed, and checked to be answerable. */
    private PreparedItem served(String context) {
        long start = System.nanoTime();
        PreparedItem item = math().next(request(context, COURSE));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).isLessThan(PROMPT_SERVICE);
        assertThat(math().check(item.spec(), new Response("x = " + item.answer(), List.of())).correct()).isTrue();
        System.out.printf("llm serve %-8s: %d ms%n", context, elapsed.toMillis());
        return item;
    }

    private NextItemSpec request(String context, Long course) {
        return new NextItemSpec("word-problems", 2, Set.of(), List.of(), 31L, Set.of(context), LEARNER_NAME, course);
    }

    private PracticeSubject math() {
        return subjects.stream().filter(subject -> subject.id().equals("math")).findFirst().orElseThrow();
    }

    private static void answer(ResponseDefinitionBuilder response) {
        MODEL.resetAll();
        MODEL.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(response));
    }

    private void awaitWritten(int calls) {
        await().atMost(Duration.ofSeconds(15)).until(() -> MODEL.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS))).size() >= calls
                && stories.idle());
    }

    private int storedFor(String template) {
        return jdbc.sql("SELECT COUNT(*) FROM llm_story WHERE template = ?").param(template).query(Integer.class).single();
    }

    private static List<String> requestBodies() {
        return MODEL.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS))).stream().map(LoggedRequest::getBodyAsString).toList();
    }

    /** Stories for the template's samples; {@code shift} > 0 puts other numbers in the text than the equation's. */
    private static String storiesFor(String template, int shift) {
        List<Map<String, String>> stories = new ArrayList<>();
        List<String> things = List.of("stamps", "shells", "marbles", "stickers");
        for (StorySample sample : WrittenStories.samples(template)) {
            String thing = things.get(stories.size() % things.size());
            String numbers = String.join(" and ", sample.numbers().stream()
                    .map(number -> shift == 0 ? number : String.valueOf(Integer.parseInt(number.replaceAll("\\..*", "")) + shift))
                    .toList());
            Map<String, String> story = new LinkedHashMap<>();
            story.put("equation", sample.equation());
            story.put("unknown", "the count");
            story.put("english", "[NAME] keeps a tally of " + thing + " in which " + numbers + " all matter. What is the count?");
            story.put("spanish", "[NAME] lleva una cuenta de " + thing + " en la que " + numbers + " importan. ¿Cuál es la cantidad?");
            stories.add(story);
        }
        return JSON.writeValueAsString(Map.of("stories", stories));
    }

    /** The OpenAI chat-completions answer carrying {@code content} as the assistant's message. */
    private static String completion(String content) {
        Map<String, Object> message = Map.of("role", "assistant", "content", content);
        Map<String, Object> choice = Map.of("index", 0, "message", message, "finish_reason", "stop");
        Map<String, Object> usage = Map.of("prompt_tokens", 100, "completion_tokens", 50, "total_tokens", 150);
        return JSON.writeValueAsString(Map.of("id", "chatcmpl-test", "object", "chat.completion", "created", 1_700_000_000,
                "model", "story-test-model", "choices", List.of(choice), "usage", usage));
    }
}
