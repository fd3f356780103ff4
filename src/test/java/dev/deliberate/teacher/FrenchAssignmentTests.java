package dev.deliberate.teacher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.mastery.ItemType;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.ReviewCard;
import dev.deliberate.teacher.Classroom.Person;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A French assignment end to end over HTTP, as the LMS launches it: a form answered right comes
 * back first once the clock passes its due time and the first screen says what is due; the
 * learner sees which forms are automatic and whether their right answers come faster; the class
 * view groups by verb group and tense from real attempts; the student page shows retention week by
 * week; and mastery reaches the LMS through AGS as for math. Its own context (the property below),
 * because it moves the clock by days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "deliberate.gradebook.quiet=300ms", "deliberate.gradebook.poll=50ms", "deliberate.gradebook.max-wait=2s" })
class FrenchAssignmentTests extends IntegrationTestSupport {

    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final List<String> AGS_SCOPES = List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score");
    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final AtomicLong SEQUENCE = new AtomicLong(7000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform lms;
    PracticeSubject french;

    @BeforeAll
    void platform() {
        lms = TestPlatform.create(clock);
        registry.save(lms.settingsWithServices(), PlatformSource.ADMIN_API);
        lms.server().stubFor(post("/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"token-" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        french = subjects.stream().filter(s -> s.id().equals("french")).findFirst().orElseThrow();
    }

    @AfterAll
    void stop() {
        lms.close();
    }

    @Test
    void aFormAnsweredRightComesBackFirstOnceItIsDueAndTheFirstScreenSaysSo() {
        Course course = frenchCourse("french-present-irregular");
        Person student = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Chloé");
        Reply page = student.post("/student/interests", Map.of());
        assertThat(page.body()).contains("data-subject=\"french\"", "Nothing due for review right now.", "Automatic: none yet.");
        long first = item(page);
        String card = card(first).key();

        page = right(student, first, good(first));

        assertThat(item(page)).isNotEqualTo(first);
        assertThat(jdbc.sql("SELECT response_ms FROM mastery_card_review WHERE membership_id = ? AND card_key = ?")
                .params(student.membershipId(), card).query(Long.class).list()).as("the answer's time reached the card store")
                .containsExactly(good(first).toMillis());
        assertThat(jdbc.sql("SELECT due_at > reviewed_at FROM mastery_card c JOIN mastery_card_review r USING (membership_id, link_id, card_key) "
                + "WHERE c.membership_id = ? AND c.card_key = ?").params(student.membershipId(), card).query(Boolean.class).single()).isTrue();
        assertThat(page.body()).contains("Nothing due for review right now.", "Automatic: 0 of 1 forms");
        long second = item(page);
        assertThat(card(second).key()).as("another verb in between").isNotEqualTo(card);

        clock.advance(Duration.ofDays(1));
        Person back = course.launch(student.sub(), TestPlatform.LEARNER, "Chloé");
        Reply firstScreen = back.get("/student");
        assertThat(firstScreen.body()).as("the first screen offers what is due").contains("Due for review: 1 form. They come first.")
                .contains("data-due=\"1\"");

        Reply next = right(back, second, good(second));
        assertThat(card(item(next)).key()).as("the due form is served first").isEqualTo(card);
        assertThat(next.body()).contains("Due for review: 1 form.");
    }

    @Test
    void theLearnerSeesWhichFormsAreAutomaticAndThatRightAnswersComeFaster() {
        Course course = frenchCourse("french-present-irregular");
        Person student = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Diego");
        long slow = item(student.post("/student/interests", Map.of()));
        // twice the item's own threshold: slow for a cloze (5 s) as for a translation (12 s) or a dialogue turn (15 s)
        Duration slowTime = ItemType.valueOf(card(slow).itemType()).automaticWithin().multipliedBy(2);
        String slowSeconds = String.format(java.util.Locale.ROOT, "%.1f", slowTime.toMillis() / 1000.0);
        Reply page = right(student, slow, slowTime);
        long next = item(page);
        assertThat(page.body()).contains("Automatic: 0 of 1 forms", "Your usual time for a right answer this week: " + slowSeconds + " s.");

        clock.advance(Duration.ofDays(8));
        Person week2 = course.launch(student.sub(), TestPlatform.LEARNER, "Diego");
        Reply fast = right(week2, next, Duration.ofMillis(2_000));

        assertThat(fast.body()).contains("Automatic: 1 of 2 forms", "2.0 s this week, " + slowSeconds + " s before. Faster!");
        Reply spanish = course.launch(student.sub(), TestPlatform.LEARNER, "Diego", "es-ES").get("/student");
        assertThat(spanish.body()).contains("Automáticas: 1 de 2 formas",
                "2,0 s esta semana, " + slowSeconds.replace('.', ',') + " s antes. ¡Más rápido!");
    }

    @Test
    void theClassViewGroupsStudentsByVerbGroupAndTenseFromTheirAttempts() {
        Course course = frenchCourse("french-compound-past-etre");
        Person teacher = course.teacher();
        Person ana = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Ana");
        Person ben = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Ben");
        Person cleo = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Cléo");
        for (Person student : List.of(ana, ben)) {
            strugglesWithEtre(student);
        }
        long item = item(cleo.post("/student/interests", Map.of()));
        right(cleo, item, good(item));

        ClassPage page = new ClassPage(teacher.get("/teacher").body());

        assertThat(page.declaredCounts()).containsEntry("need-compound-past-etre", 2);
        assertThat(page.groupOf(ana.sub())).isEqualTo("need-compound-past-etre");
        assertThat(page.groupOf(ben.sub())).isEqualTo("need-compound-past-etre");
        assertThat(page.groupOf(cleo.sub())).isNotEqualTo("need-compound-past-etre");
        assertThat(page.html()).contains("Passé composé with être (2)");
        assertThat(page.row(ana.sub())).contains("Passé composé with être");
    }

    @Test
    void theStudentPageShowsRetentionWeekByWeekAndOnlyToTheirTeacher() {
        Course course = frenchCourse("french-present-irregular");
        Person student = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Emma");
        long item = item(student.post("/student/interests", Map.of()));
        right(student, item, Duration.ofMillis(3_000));
        Person teacher = course.teacher();

        Reply today = teacher.get("/teacher/students/" + student.membershipId());

        assertThat(today.status()).isEqualTo(200);
        String section = section(today.body(), "retention");
        assertThat(section).contains("Retention over time", "Now", "8 weeks ago", "1 week ago").containsPattern("<td class=\"num\">1</td>\\s*"
                + "<td class=\"num\">\\d+%</td>");
        int now = retentionNow(section);
        assertThat(now).as("just answered right: the model expects recall").isGreaterThanOrEqualTo(90);

        clock.advance(Duration.ofDays(21));
        Person later = course.teacher();
        String weeksLater = section(later.get("/teacher/students/" + student.membershipId()).body(), "retention");
        assertThat(retentionNow(weeksLater)).as("three weeks unreviewed: retention falls").isLessThan(now);
        assertThat(weeksLater).contains("3 weeks ago").contains("<polyline");

        Course other = frenchCourse("french-present-irregular");
        assertThat(other.teacher().get("/teacher/students/" + student.membershipId()).status()).as("another course's teacher")
                .isIn(403, 404);
        Person herself = course.launch(student.sub(), TestPlatform.LEARNER, "Emma");
        assertThat(herself.get("/teacher/students/" + student.membershipId()).status()).as("the student herself").isEqualTo(403);
    }

    @Test
    void theTeacherSeesFrenchOnlyOnTheStudentPageAndAWorkedExampleInWords() {
        Course course = frenchCourse("french-compound-past-etre");
        Person student = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Gabi");
        long french1 = item(student.post("/student/interests", Map.of()));
        right(student, french1, good(french1));
        // the same member practises the course's algebra assignment too: the learner model is the member's
        Course algebra = new Course(course.context, "link-algebra-" + SEQUENCE.incrementAndGet(), course.lineItem());
        Person inAlgebra = algebra.launch(student.sub(), TestPlatform.LEARNER, "Gabi");
        long equation = item(inAlgebra.post("/student/interests", Map.of()));
        Reply wrong = inAlgebra.post("/student/attempts", Map.of("itemId", String.valueOf(equation), "answer", "x = 12345", "elapsed", "4000"));
        assertThat(wrong.body()).contains("class=\"mistake\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mastery_skill WHERE membership_id = ? AND skill NOT LIKE 'french-%'")
                .param(student.membershipId()).query(Long.class).single()).as("an algebra skill in her model").isPositive();
        Person teacher = course.teacher();

        Reply page = teacher.get("/teacher/students/" + student.membershipId());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("no algebra skill under French names").doesNotContain("french.skill.", "french.misconception.")
                .contains("Passé composé with être");
        Reply chart = teacher.get("/teacher/students/" + student.membershipId() + "/mastery.json");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body()).as("the chart the page draws: French only").doesNotContain("french.skill.").contains("Passé composé with être");
        Reply example = teacher.get("/teacher/class/misconceptions/example?code=WRONG_AUXILIARY&skill=french-compound-past-etre");
        assertThat(example.status()).as(example.body()).isEqualTo(200);
        assertThat(example.body()).contains("class=\"statement\"", "The mistake — some students write:", "takes être in the passé composé")
                .containsPattern("class=\"line wrong\"><span>[^<]+</span>");
        Person avoirTeacher = frenchCourse("french-compound-past-avoir").teacher();
        for (int i = 0; i < 5; i++) {
            assertThat(avoirTeacher.get("/teacher/class/misconceptions/example?code=REGULARIZED_IRREGULAR&skill=french-compound-past-avoir")
                    .body()).as("a verb the mistake shows on, every time").contains("The mistake — some students write:");
        }
    }

    @Test
    void aFrenchAssignmentPostsItsMasteryToTheLmsThroughAgs() throws Exception {
        Course course = frenchCourse("french-present-irregular");
        Person student = course.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Farid");
        long item = item(student.post("/student/interests", Map.of()));

        right(student, item, good(item));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !lms.server().findAll(postRequestedFor(urlPathEqualTo(course.lineItem() + "/scores"))).isEmpty());
        JsonNode score = JSON.readTree(lms.server().findAll(postRequestedFor(urlPathEqualTo(course.lineItem() + "/scores"))).get(0)
                .getBodyAsString());
        assertThat(score.path("userId").asString()).isEqualTo(student.sub());
        assertThat(score.path("scoreGiven").asDouble()).isGreaterThan(0);
        assertThat(score.path("scoreMaximum").asDouble()).isEqualTo(100.0);
        assertThat(score.path("comment").asString()).startsWith("Mastery");
    }

    // ---------------------------------------------------------------------------------------------

    /** A course with one French assignment practising {@code skill}, saved by its teacher; AGS scores accepted. */
    private Course frenchCourse(String skill) {
        long seq = SEQUENCE.incrementAndGet();
        String lineItem = "/api/lti/courses/" + seq + "/line_items/1";
        lms.server().stubFor(get(urlPathEqualTo(lineItem)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json")
                .withBody("{\"id\":\"" + lms.url(lineItem) + "\",\"scoreMaximum\":100,\"label\":\"French verbs\"}")));
        lms.server().stubFor(post(urlPathEqualTo(lineItem + "/scores")).willReturn(aResponse().withStatus(200)));
        Course course = new Course("course-" + UUID.randomUUID(), "link-french-" + seq, lineItem);
        Person teacher = course.teacher();
        Reply saved = teacher.post("/teacher/assignment/settings", Map.of("subject", "french", "skills", skill, "targetPercent", "95",
                "minimumItems", "200"));
        assertThat(saved.body()).contains("Saved.");
        return course;
    }

    /** Wrong auxiliary (or another wrong form) on every passé composé with être item; right on any detour. */
    private void strugglesWithEtre(Person student) {
        Reply page = student.post("/student/interests", Map.of());
        int graded = 0;
        boolean sawPattern = false;
        for (int tries = 0; graded < 6 && tries < 20; tries++) {
            long item = item(page);
            ItemSpec spec = spec(item);
            if (!spec.skillId().equals("french-compound-past-etre")) {
                page = right(student, item, good(item));
                continue;
            }
            String wrong = french.typicalMistakes(spec).stream().map(Response::answer)
                    .filter(answer -> "WRONG_AUXILIARY".equals(french.check(spec, new Response(answer, List.of())).misconception()))
                    .findFirst().orElse(french.typicalMistakes(spec).get(0).answer());
            Reply mistake = student.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", wrong, "elapsed", "4000"));
            sawPattern |= mistake.body().contains("You tend to");
            Reply example = student.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer", wrong, "elapsed", "4000"));
            assertThat(example.status()).isEqualTo(200);
            assertThat(example.body()).as("the worked example of a parallel item, in words").contains("id=\"worked-example\"");
            sawPattern |= example.body().contains("You tend to");
            page = student.post("/student/moves", Map.of("itemId", String.valueOf(item)));
            graded++;
        }
        assertThat(graded).isEqualTo(6);
        assertThat(sawPattern).as("the recurring mistake is named").isTrue();
    }

    private Reply right(Person student, long item, Duration took) {
        Reply page = student.post("/student/attempts", Map.of("itemId", String.valueOf(item), "answer",
                french.regenerate(spec(item)).answer(), "elapsed", String.valueOf(took.toMillis())));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("accepted").doesNotContain("class=\"mistake\"");
        return page;
    }

    /** A right answer's time the scheduler rates Good: within twice the item type's automatic threshold, not within it. */
    private Duration good(long item) {
        return ItemType.valueOf(card(item).itemType()).automaticWithin().multipliedBy(2).minusMillis(500);
    }

    private ReviewCard card(long item) {
        return french.card(spec(item)).orElseThrow();
    }

    private ItemSpec spec(long itemId) {
        return jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
    }

    private static long item(Reply page) {
        Matcher m = ITEM.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no item on the page: " + page.body().replaceAll("\\s+", " "));
        }
        return Long.parseLong(m.group(1));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** The last row of the retention table: now. */
    private static int retentionNow(String section) {
        Matcher m = Pattern.compile("<td>Now</td>\\s*<td class=\"num\">\\d+</td>\\s*<td class=\"num\">(\\d+)%</td>").matcher(section);
        assertThat(m.find()).as(section).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** One course and assignment on the test LMS, its launches carrying the AGS claim of {@code lineItem}. */
    private final class Course {

        private final String context;
        private final String link;
        private final String lineItem;

        Course(String context, String link, String lineItem) {
            this.context = context;
            this.link = link;
            this.lineItem = lineItem;
        }

        String lineItem() {
            return lineItem;
        }

        Person teacher() {
            return launch("teacher-of-" + context, TestPlatform.INSTRUCTOR, "Tess Teacher");
        }

        Person launch(String sub, String role, String name) {
            return launch(sub, role, name, "en-US");
        }

        Person launch(String sub, String role, String name, String locale) {
            LaunchClient browser = new LaunchClient(baseUrl, true);
            Map<String, String> params = new LinkedHashMap<>();
            params.put("iss", lms.issuer());
            params.put("login_hint", sub);
            params.put("target_link_uri", baseUrl + "/lti/launch");
            params.put("client_id", lms.clientId());
            Login login = browser.loginByGet(params);
            var claims = lms.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(sub).claim("name", name)
                    .claim(TestPlatform.LTI + "roles", List.of(role))
                    .claim(TestPlatform.LTI + "context", Map.of("id", context, "title", "Français"))
                    .claim(TestPlatform.LTI + "resource_link", Map.of("id", link, "title", "Verbes"))
                    .claim(TestPlatform.LTI + "launch_presentation", Map.of("document_target", "iframe", "locale", locale))
                    .claim(AGS, Map.of("lineitems", lms.url(lineItem.substring(0, lineItem.lastIndexOf('/'))), "lineitem", lms.url(lineItem),
                            "scope", AGS_SCOPES));
            Reply reply = browser.launch(lms.sign(claims.build()), login.state());
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            long membership = jdbc.sql("SELECT m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id "
                    + "JOIN course_context c ON c.id = m.context_id WHERE p.subject = ? AND p.issuer = ? AND c.lms_context_id = ?")
                    .params(sub, lms.issuer(), context).query(Long.class).single();
            return new Person(browser, reply.header("X-Deliberate-Session").orElseThrow(), sub, membership);
        }
    }
}
