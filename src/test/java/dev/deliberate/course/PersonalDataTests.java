package dev.deliberate.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.AdminClient.Answer;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.MemberRows;
import dev.deliberate.testing.TestPlatform;

import tools.jackson.databind.JsonNode;

/**
 * The operator's privacy requests through the admin API: Ada practised in two courses, Grace in
 * the first, Alan teaches it. Ada's export holds every part of her; deleting her in one course, or
 * everywhere, or deleting the first course, leaves exactly what should stay, and nothing of anyone
 * else changes.
 */
abstract class PersonalDataTests extends IntegrationTestSupport {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Value("${deliberate.admin.password}")
    String password;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private TestPlatform lms;
    private Launched adaInAlgebra;
    private final List<Launched> launched = new ArrayList<>();

    @BeforeEach
    void aClassWithHistories() {
        lms = new TestPlatform("https://lms-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu", "client",
                List.of("1"), clock);
        registry.save(lms.settings(), PlatformSource.DYNAMIC_REGISTRATION);
        adaInAlgebra = launch("ada", "course-1", TestPlatform.LEARNER);
        practise(adaInAlgebra);
        practise(launch("ada", "course-2", TestPlatform.LEARNER));
        practise(launch("grace", "course-1", TestPlatform.LEARNER));
        launch("alan", "course-1", TestPlatform.INSTRUCTOR);
        long alan = membership("alan", "course-1");
        for (String subject : List.of("ada", "grace")) {
            for (String course : List.of("course-1", "course-2")) {
                jdbc.sql("SELECT id FROM course_membership WHERE id = ?").param(membership(subject, course, true)).query(Long.class)
                        .optional().ifPresent(member -> teacherMarks(member, alan));
            }
        }
    }

    @AfterEach
    void closePlatform() {
        lms.close();
    }

    @Test
    void exportHoldsEveryPartOfTheLearnerAndNothingOfAnyoneElse() {
        Answer found = operator().get("/admin/api/people?platform=" + platform() + "&subject=ada");
        assertThat(found.status()).isEqualTo(200);
        long ada = found.json().get(0).get("id").asLong();
        assertThat(found.json().get(0).get("courses")).hasSize(2);

        Answer export = operator().get("/admin/api/people/" + ada);

        assertThat(export.status()).isEqualTo(200);
        JsonNode json = export.json();
        assertThat(json.get("person").asLong()).isEqualTo(ada);
        assertThat(json.at("/course/course_person/0/subject").asText()).isEqualTo("ada");
        assertThat(json.at("/course/course_person/0/name").asText()).isEqualTo("Ada Lovelace");
        assertThat(json.at("/course/course_membership")).hasSize(2);
        assertThat(json.at("/course/course_context")).hasSize(2);
        assertThat(json.at("/practice/practice_session")).hasSize(2);
        assertThat(json.at("/practice/practice_attempt")).hasSize(4);
        assertThat(json.at("/practice/practice_attempt/0/answer").asText()).isEqualTo("x = 98765");
        assertThat(json.at("/practice/practice_attempt/0/created_at").asText()).endsWith("Z");
        assertThat(json.at("/practice/practice_reflection/0/body").asText()).startsWith("I checked each step");
        assertThat(json.at("/practice/practice_focus")).hasSize(2);
        assertThat(json.at("/mastery/mastery_skill").size()).isPositive();
        assertThat(json.at("/mastery/mastery_skill_history").size()).isPositive();
        assertThat(json.at("/mastery/mastery_card")).hasSize(2);
        assertThat(json.at("/mastery/mastery_card_review/0/response_ms").asLong()).isEqualTo(2400);
        assertThat(json.at("/gradebook/gradebook_sync")).hasSize(2);
        assertThat(json.at("/teacher/teacher_help")).hasSize(2);
        assertThat(json.at("/teacher/teacher_group_move")).hasSize(2);
        assertThat(json.at("/llm/llm_usage")).as("kept per course, never per learner").isEmpty();
        List<Long> adas = List.of(membership("ada", "course-1"), membership("ada", "course-2"));
        json.at("/practice/practice_session").forEach(s -> assertThat(adas).contains(s.get("membership_id").asLong()));
        assertThat(export.body()).doesNotContain("\"grace\"", "\"alan\"");
    }

    @Test
    void deleteInOneCourseLeavesHerOtherCourseAndEveryoneElse() {
        long ada = person("ada");
        long algebra = course("course-1");
        long adaInAlgebra = membership("ada", "course-1");
        long adaInCourse2 = membership("ada", "course-2");
        MemberRows rows = new MemberRows(jdbc, dataSource);
        Map<String, Long> others = rows.naming(List.of(membership("grace", "course-1"), membership("alan", "course-1")));
        Map<String, Long> herOtherCourse = rows.naming(List.of(adaInCourse2));
        assertThat(rows.naming(List.of(adaInAlgebra))).containsKeys("course_membership.id", "practice_session.membership_id",
                "practice_attempt.item_id", "practice_reflection.session_id", "mastery_skill.membership_id",
                "mastery_skill_history.membership_id", "gradebook_sync.membership_id", "teacher_help.membership_id",
                "practice_focus.membership_id", "teacher_group_move.membership_id", "mastery_card.membership_id",
                "mastery_card_review.membership_id");

        Answer deleted = operator().delete("/admin/api/courses/" + algebra + "/people/" + ada);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().at("/deleted/course_membership").asInt()).isEqualTo(1);
        assertThat(deleted.json().at("/deleted/course_person").asInt()).as("she is still in course 2").isZero();
        assertThat(deleted.json().at("/deleted/practice_attempt").asInt()).isEqualTo(2);
        assertThat(rows.naming(List.of(adaInAlgebra))).isEmpty();
        assertThat(rows.naming(List.of(adaInCourse2))).isEqualTo(herOtherCourse);
        assertThat(rows.naming(List.of(membership("grace", "course-1"), membership("alan", "course-1")))).isEqualTo(others);
        assertThat(adaInAlgebraPage().body()).as("her open page in that course ended").doesNotContain("name=\"itemId\"");

        Answer again = operator().delete("/admin/api/courses/" + algebra + "/people/" + ada);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("rows").asInt()).as("repeated: nothing more").isZero();
        assertThat(rows.naming(List.of(adaInCourse2))).isEqualTo(herOtherCourse);
    }

    @Test
    void deleteEverywhereLeavesNoRowOfHerAndEveryoneElse() {
        long ada = person("ada");
        List<Long> hers = List.of(membership("ada", "course-1"), membership("ada", "course-2"));
        MemberRows rows = new MemberRows(jdbc, dataSource);
        Map<String, Long> others = rows.naming(List.of(membership("grace", "course-1"), membership("alan", "course-1")));

        Answer deleted = operator().delete("/admin/api/people/" + ada);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().at("/deleted/course_person").asInt()).isEqualTo(1);
        assertThat(deleted.json().at("/deleted/course_membership").asInt()).isEqualTo(2);
        assertThat(deleted.json().at("/deleted/practice_session").asInt()).isEqualTo(2);
        assertThat(rows.naming(hers)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_person WHERE id = ?").param(ada).query(Long.class).single()).isZero();
        assertThat(rows.naming(List.of(membership("grace", "course-1"), membership("alan", "course-1")))).isEqualTo(others);
        assertThat(adaInAlgebraPage().body()).doesNotContain("name=\"itemId\"");
        assertThat(rows.naming(hers)).as("nothing written for her after").isEmpty();

        Answer again = operator().delete("/admin/api/people/" + ada);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asText()).endsWith("/not-found");
    }

    @Test
    void deleteCourseTakesItsPeopleLeftInNoCourseAndLeavesTheOtherCourse() {
        long algebra = course("course-1");
        long grace = person("grace");
        long ada = person("ada");
        MemberRows rows = new MemberRows(jdbc, dataSource);
        Map<String, Long> course2 = rows.naming(List.of(membership("ada", "course-2")));
        Answer export = operator().get("/admin/api/courses/" + algebra);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().at("/course/course_membership")).hasSize(3);
        assertThat(export.json().at("/course/course_resource_link")).hasSize(1);
        assertThat(export.json().at("/teacher/teacher_group_name")).hasSize(1);
        assertThat(export.json().at("/practice/practice_session")).hasSize(2);

        Answer deleted = operator().delete("/admin/api/courses/" + algebra);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().at("/deleted/course_context").asInt()).isEqualTo(1);
        assertThat(deleted.json().at("/deleted/course_person").asInt()).as("Grace and Alan, in no other course").isEqualTo(2);
        assertThat(deleted.json().at("/deleted/teacher_group_name").asInt()).isEqualTo(1);
        assertThat(operator().get("/admin/api/people/" + grace).status()).isEqualTo(404);
        assertThat(operator().get("/admin/api/people/" + ada).json().at("/course/course_membership")).hasSize(1);
        assertThat(rows.naming(List.of(membership("ada", "course-2")))).isEqualTo(course2);
        assertThat(operator().get("/admin/api/courses/" + algebra).status()).isEqualTo(404);
        assertThat(operator().delete("/admin/api/courses/" + algebra).status()).isEqualTo(404);
    }

    @Test
    void unknownOrMalformedIdsAreProblems() {
        for (String path : List.of("/admin/api/people/999999", "/admin/api/courses/999999")) {
            Answer answer = operator().get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(operator().delete(path).json().get("detail").asText()).contains("999999");
        }
        assertThat(operator().delete("/admin/api/courses/" + course("course-1") + "/people/999999").status()).isEqualTo(404);
        Answer malformed = operator().get("/admin/api/people/ada");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(new AdminClient(baseUrl, null, null).delete("/admin/api/people/" + person("ada")).status()).isEqualTo(401);
        assertThat(person("ada")).as("nothing deleted").isPositive();
    }

    private Reply adaInAlgebraPage() {
        return adaInAlgebra.post("/student/interests", Map.of("interest", "music"));
    }

    private Launched launch(String subject, String course, String role) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(lms.loginParameters(baseUrl));
        String token = lms.sign(lms.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(subject)
                .claim(TestPlatform.LTI + "context", Map.of("id", course, "label", course, "title", "Course " + course))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", "link-" + course, "title", "Equations"))
                .claim(TestPlatform.LTI + "roles", List.of(role)).build());
        Reply landing = browser.launch(token, login.state());
        assertThat(landing.status()).as(landing.reason().orElse("launch")).isEqualTo(200);
        Launched one = new Launched(browser, landing, landing.header("X-Deliberate-Session").orElseThrow());
        launched.add(one);
        return one;
    }

    /** Two wrong answers on the first problem, a move to the next, a reflection and a score row. */
    private void practise(Launched learner) {
        Reply problem = learner.post("/student/interests", Map.of("interest", "sports"));
        Matcher item = ITEM.matcher(problem.body());
        assertThat(item.find()).as("a problem is served").isTrue();
        for (int i = 0; i < 2; i++) {
            assertThat(learner.post("/student/attempts", Map.of("itemId", item.group(1), "answer", "x = 98765")).status()).isEqualTo(200);
        }
        learner.post("/student/moves", Map.of("itemId", item.group(1)));
        long session = jdbc.sql("SELECT session_id FROM practice_item WHERE id = ?").param(Long.parseLong(item.group(1)))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO practice_reflection (session_id, block_no, final_reflection, prompt, body, created_at) "
                + "VALUES (?, 1, FALSE, 'strategy', 'I checked each step against the one before.', CURRENT_TIMESTAMP)").param(session).update();
        jdbc.sql("INSERT INTO gradebook_sync (link_id, membership_id, context_id, score, status, due_at, due_limit, changed_at) "
                + "SELECT link_id, membership_id, context_id, 0.1, 'SENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                + "FROM practice_session s WHERE id = ? AND NOT EXISTS (SELECT 1 FROM gradebook_sync g WHERE g.link_id = s.link_id "
                + "AND g.membership_id = s.membership_id)").param(session).update();
        jdbc.sql("INSERT INTO mastery_card (membership_id, link_id, card_key, phase, step, stability, difficulty, due_at, "
                + "last_review_at, scheduled_days, reviews, lapses) SELECT membership_id, link_id, 'verb:aller|tense:present', "
                + "'REVIEW', 0, 3.2, 5.1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 1, 0 FROM practice_session WHERE id = ?")
                .param(session).update();
        jdbc.sql("INSERT INTO mastery_card_review (membership_id, link_id, card_key, item_type, rating, correct, automatic, "
                + "response_ms, retention_before, stability, difficulty, reviewed_at) SELECT membership_id, link_id, "
                + "'verb:aller|tense:present', 'CLOZE', 'GOOD', TRUE, FALSE, 2400, 0.9, 3.2, 5.1, CURRENT_TIMESTAMP "
                + "FROM practice_session WHERE id = ?").param(session).update();
    }

    /** What a teacher keeps about a student: helped, moved, a focus, a group renamed. */
    private void teacherMarks(long member, long teacher) {
        long link = jdbc.sql("SELECT link_id FROM practice_session WHERE membership_id = ?").param(member).query(Long.class).single();
        jdbc.sql("INSERT INTO teacher_help (link_id, membership_id, helped_at, helped_by) VALUES (?, ?, CURRENT_TIMESTAMP, ?)")
                .params(link, member, teacher).update();
        jdbc.sql("INSERT INTO teacher_group_move (link_id, membership_id, group_key, moved_at, moved_by) "
                + "VALUES (?, ?, 'on-track', CURRENT_TIMESTAMP, ?)").params(link, member, teacher).update();
        jdbc.sql("INSERT INTO practice_focus (link_id, membership_id, skills, band, challenge, set_at, set_by) "
                + "VALUES (?, ?, 'two-step', 'HARDER', FALSE, CURRENT_TIMESTAMP, ?)").params(link, member, teacher).update();
        jdbc.sql("INSERT INTO teacher_group_name (link_id, group_key, name, named_at, named_by) SELECT ?, 'on-track', 'Monday', "
                + "CURRENT_TIMESTAMP, ? FROM course_membership WHERE id = ? AND NOT EXISTS (SELECT 1 FROM teacher_group_name "
                + "WHERE link_id = ?)").params(link, teacher, member, link).update();
    }

    private long person(String subject) {
        return jdbc.sql("SELECT id FROM course_person WHERE platform_id = ? AND subject = ?").params(platform(), subject)
                .query(Long.class).optional().orElse(-1L);
    }

    private long course(String lmsId) {
        return jdbc.sql("SELECT id FROM course_context WHERE platform_id = ? AND lms_context_id = ?").params(platform(), lmsId)
                .query(Long.class).single();
    }

    private long membership(String subject, String course) {
        return membership(subject, course, false);
    }

    private long membership(String subject, String course, boolean orNone) {
        var found = jdbc.sql("SELECT m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id JOIN course_context c "
                + "ON c.id = m.context_id WHERE p.platform_id = ? AND p.subject = ? AND c.lms_context_id = ?")
                .params(platform(), subject, course).query(Long.class).optional();
        return orNone ? found.orElse(-1L) : found.orElseThrow();
    }

    private long platform() {
        return registry.find(lms.issuer(), lms.clientId()).orElseThrow().id();
    }

    private AdminClient operator() {
        return new AdminClient(baseUrl, "admin", password);
    }
}
