package dev.deliberate.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.testing.AdminClient;
import dev.deliberate.testing.AdminClient.Answer;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * People, courses and progress belong to the registration they came through. A Moodle reinstalled
 * at the same address (same issuer, deployment "1", same course and user ids) and registered again
 * starts empty; deleting a registration asks what becomes of its data, and then deletes every row of
 * it or keeps it archived, out of reach.
 */
abstract class RegistrationDataTests extends IntegrationTestSupport {

    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final String FRESH_LEARNER = "id=\"interests\"";

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

    private final String issuer = "https://moodle-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";
    private final List<TestPlatform> platforms = new ArrayList<>();

    @AfterEach
    void closePlatforms() {
        platforms.forEach(TestPlatform::close);
    }

    @Test
    void aSecondRegistrationOfTheSameIssuerStartsEmpty() {
        TestPlatform oldMoodle = moodle("old-client");
        practise(launch(oldMoodle, "ada"));
        TestPlatform newMoodle = moodle("new-client");

        Reply landing = launch(newMoodle, "ada").landing();

        assertThat(landing.body()).as("no earlier progress").contains(FRESH_LEARNER);
        long newPerson = person(newMoodle, "ada");
        assertThat(newPerson).isNotEqualTo(person(oldMoodle, "ada"));
        assertThat(count("SELECT COUNT(*) FROM practice_item i JOIN practice_session s ON s.id = i.session_id "
                + "JOIN course_membership m ON m.id = s.membership_id WHERE m.person_id = ?", newPerson)).as("problems served").isZero();
        assertThat(count("SELECT COUNT(*) FROM mastery_skill k JOIN course_membership m ON m.id = k.membership_id "
                + "WHERE m.person_id = ?", newPerson)).as("learner model").isZero();
        assertThat(count("SELECT COUNT(*) FROM course_context WHERE platform_id = ?", id(newMoodle))).isEqualTo(1);
        assertThat(launch(oldMoodle, "ada").landing().body()).as("the old registration keeps its own").doesNotContain(FRESH_LEARNER);
    }

    @Test
    void deleteWithoutAChoiceAnswersTheLearnersAndTheChoicesAndDeletesNothing() {
        TestPlatform moodle = moodle("client");
        practise(launch(moodle, "ada"));
        launch(moodle, "grace");
        teacherLaunch(moodle, "alan");

        Answer answer = operator().delete("/admin/api/platforms/" + id(moodle));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).endsWith("/registration-has-data");
        assertThat(answer.json().get("learners").asLong()).isEqualTo(2);
        assertThat(answer.json().get("people").asLong()).isEqualTo(3);
        assertThat(answer.json().get("courses").asLong()).isEqualTo(1);
        assertThat(answer.json().get("choices").toString()).isEqualTo("[\"delete\",\"archive\"]");
        assertThat(answer.json().get("detail").asText()).contains("2 learners", "?data=delete", "?data=archive");
        assertThat(operator().get("/admin/api/platforms/" + id(moodle)).status()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM course_person WHERE platform_id = ?", id(moodle))).isEqualTo(3);
    }

    @Test
    void deleteWhenDataDeletedThenNoLearnerRowRemains() {
        TestPlatform moodle = moodle("client");
        long registration = id(moodle);
        Launched ada = launch(moodle, "ada");
        practise(ada);
        teacherLaunch(moodle, "alan");
        new LaunchClient(baseUrl, true).loginByGet(loginParams(moodle, "a login never finished"));
        // the teacher marked Ada as helped in "Stuck now"
        jdbc.sql("INSERT INTO teacher_help (link_id, membership_id, helped_at, helped_by) SELECT s.link_id, s.membership_id, "
                + "CURRENT_TIMESTAMP, s.membership_id FROM practice_session s JOIN course_membership m ON m.id = s.membership_id "
                + "JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?").param(registration).update();
        // and steered her: a focus, a move to another group, a group renamed
        jdbc.sql("INSERT INTO practice_focus (link_id, membership_id, skills, band, challenge, set_at, set_by) SELECT s.link_id, "
                + "s.membership_id, 'two-step', 'HARDER', FALSE, CURRENT_TIMESTAMP, s.membership_id FROM practice_session s "
                + "JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?")
                .param(registration).update();
        jdbc.sql("INSERT INTO teacher_group_move (link_id, membership_id, group_key, moved_at, moved_by) SELECT s.link_id, "
                + "s.membership_id, 'on-track', CURRENT_TIMESTAMP, s.membership_id FROM practice_session s "
                + "JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?")
                .param(registration).update();
        jdbc.sql("INSERT INTO teacher_group_name (link_id, group_key, name, named_at, named_by) SELECT s.link_id, 'on-track', "
                + "'Monday', CURRENT_TIMESTAMP, s.membership_id FROM practice_session s "
                + "JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?")
                .param(registration).update();
        // and saved settings for her assignment
        jdbc.sql("INSERT INTO course_link_settings (link_id, skills, target_score, minimum_items, contexts, reflection_required, updated_at) "
                + "SELECT s.link_id, 'two-step', 0.8, 5, '', TRUE, CURRENT_TIMESTAMP FROM practice_session s JOIN course_membership m "
                + "ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?").param(registration).update();
        // and reviewed a spaced-repetition card
        jdbc.sql("INSERT INTO mastery_card (membership_id, link_id, card_key, phase, step, stability, difficulty, due_at, "
                + "last_review_at, scheduled_days, reviews, lapses) SELECT s.membership_id, s.link_id, 'verb:aller|tense:present', "
                + "'REVIEW', 0, 8.3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 8, 1, 0 FROM practice_session s "
                + "JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?")
                .param(registration).update();
        jdbc.sql("INSERT INTO mastery_card_review (membership_id, link_id, card_key, item_type, rating, correct, automatic, "
                + "response_ms, retention_before, stability, difficulty, reviewed_at) SELECT s.membership_id, s.link_id, "
                + "'verb:aller|tense:present', 'CLOZE', 'EASY', TRUE, TRUE, 3000, 0, 8.3, 1, CURRENT_TIMESTAMP FROM practice_session s "
                + "JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?")
                .param(registration).update();
        Map<String, Set<Long>> ids = idsOf(registration);
        assertThat(rowsNaming(ids)).as("what there is to delete").containsKeys("course_person.platform_id",
                "practice_session.membership_id", "practice_attempt.item_id", "mastery_skill.membership_id",
                "lti_login_state.platform_id", "teacher_help.membership_id", "practice_focus.membership_id",
                "teacher_group_move.membership_id", "teacher_group_name.link_id", "course_link_settings.link_id",
                "mastery_card.membership_id", "mastery_card_review.link_id");

        Answer deleted = operator().delete("/admin/api/platforms/" + registration + "?data=delete");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("data").asText()).isEqualTo("deleted");
        assertThat(deleted.json().get("learners").asLong()).isEqualTo(1);
        assertThat(deleted.json().get("people").asLong()).isEqualTo(2);
        assertThat(rowsNaming(ids)).as("rows of every table naming the registration, its people, courses, links, "
                + "members, sessions or items").isEmpty();
        assertThat(operator().get("/admin/api/platforms/" + registration).status()).isEqualTo(404);
        assertThat(new LaunchClient(baseUrl, true).loginByGet(loginParams(moodle, "ada")).reply().reason())
                .contains("PLATFORM_UNKNOWN");
        assertThat(ada.post("/student/interests", Map.of()).body()).as("her open session ended with her course")
                .doesNotContain("id=\"practice\"");
        assertThat(rowsNaming(ids)).isEmpty();
    }

    @Test
    void archiveKeepsTheRowsAndANewRegistrationStartsEmpty() {
        TestPlatform moodle = moodle("client");
        long registration = id(moodle);
        practise(launch(moodle, "ada"));
        Map<String, Set<Long>> ids = idsOf(registration);

        Answer archived = operator().delete("/admin/api/platforms/" + registration + "?data=archive");

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("data").asText()).isEqualTo("archived");
        assertThat(archived.json().get("learners").asLong()).isEqualTo(1);
        assertThat(archived.json().get("archivedAt").isNull()).isFalse();
        assertThat(rowsNaming(ids)).as("kept").containsKeys("course_person.platform_id", "practice_session.membership_id",
                "mastery_skill.membership_id");
        assertThat(operator().get("/admin/api/platforms/" + registration).status()).as("in use no more").isEqualTo(404);
        assertThat(operator().get("/admin/api/platforms/archived").body()).contains("\"id\":" + registration);
        assertThat(new LaunchClient(baseUrl, true).loginByGet(loginParams(moodle, "ada")).reply().reason())
                .contains("PLATFORM_UNKNOWN");

        TestPlatform registeredAgain = moodle("client");
        assertThat(id(registeredAgain)).as("the same client registered again is a new registration").isNotEqualTo(registration);
        assertThat(launch(registeredAgain, "ada").landing().body()).contains(FRESH_LEARNER);

        assertThat(operator().delete("/admin/api/platforms/" + registration + "?data=delete").status())
                .as("archived data deleted later").isEqualTo(200);
        assertThat(rowsNaming(ids)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM course_person WHERE platform_id = ?", id(registeredAgain))).isEqualTo(1);
    }

    @Test
    void aChoiceOtherThanDeleteOrArchiveIsAProblemAndChangesNothing() {
        TestPlatform moodle = moodle("client");
        launch(moodle, "ada");

        for (String choice : List.of("keep", "", "DELETE", "delete,archive")) {
            Answer answer = operator().delete("/admin/api/platforms/" + id(moodle) + "?data=" + choice);
            assertThat(answer.status()).as(choice).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asText()).endsWith("/invalid-request");
            assertThat(answer.json().get("detail").asText()).contains("'delete'", "'archive'");
        }
        assertThat(operator().delete("/admin/api/platforms/999999?data=delete").status()).isEqualTo(404);
        assertThat(operator().delete("/admin/api/platforms/999999?data=archive").json().get("type").asText()).endsWith("/not-found");
        assertThat(operator().get("/admin/api/platforms/" + id(moodle)).status()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM course_person WHERE platform_id = ?", id(moodle))).isEqualTo(1);
    }

    /** A Moodle at this test's issuer, registered (again): its own client_id and keys, deployment "1" like every new Moodle. */
    private TestPlatform moodle(String clientId) {
        TestPlatform lms = new TestPlatform(issuer, clientId, List.of("1"), clock);
        platforms.add(lms);
        registry.save(lms.settings(), PlatformSource.DYNAMIC_REGISTRATION);
        return lms;
    }

    private long id(TestPlatform lms) {
        return registry.find(lms.issuer(), lms.clientId()).orElseThrow().id();
    }

    private Map<String, String> loginParams(TestPlatform lms, String hint) {
        return Map.of("iss", lms.issuer(), "login_hint", hint, "target_link_uri", baseUrl + "/lti/launch",
                "client_id", lms.clientId(), "lti_deployment_id", lms.deployment());
    }

    /** A student launch of course-1's link-1 as {@code subject}. */
    private Launched launch(TestPlatform lms, String subject) {
        return launch(lms, subject, TestPlatform.LEARNER);
    }

    private Launched teacherLaunch(TestPlatform lms, String subject) {
        return launch(lms, subject, TestPlatform.INSTRUCTOR);
    }

    private Launched launch(TestPlatform lms, String subject, String role) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = browser.loginByGet(loginParams(lms, subject));
        String token = lms.sign(lms.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(subject)
                .claim(TestPlatform.LTI + "roles", List.of(role)).build());
        Reply landing = browser.launch(token, login.state());
        assertThat(landing.status()).as(landing.reason().orElse("launch")).isEqualTo(200);
        return new Launched(browser, landing, landing.header("X-Deliberate-Session").orElseThrow());
    }

    /** Starts practice and answers the first problem wrong: a session, an item, an attempt and a learner model. */
    private void practise(Launched learner) {
        Reply problem = learner.post("/student/interests", Map.of("interest", "sports"));
        Matcher item = ITEM.matcher(problem.body());
        assertThat(item.find()).as("a problem is served").isTrue();
        Reply feedback = learner.post("/student/attempts", Map.of("itemId", item.group(1), "answer", "x = 999999"));
        assertThat(feedback.status()).isEqualTo(200);
    }

    private long person(TestPlatform lms, String subject) {
        return jdbc.sql("SELECT id FROM course_person WHERE platform_id = ? AND subject = ?").params(id(lms), subject)
                .query(Long.class).single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    /** The ids a registration's data is known by, per column name that holds them in any table. */
    private Map<String, Set<Long>> idsOf(long registration) {
        Map<String, Set<Long>> ids = new HashMap<>();
        ids.put("platform_id", Set.of(registration));
        ids.put("person_id", idSet("SELECT id FROM course_person WHERE platform_id = ?", registration));
        ids.put("context_id", idSet("SELECT id FROM course_context WHERE platform_id = ?", registration));
        ids.put("link_id", idSet("SELECT l.id FROM course_resource_link l JOIN course_context c ON c.id = l.context_id "
                + "WHERE c.platform_id = ?", registration));
        ids.put("membership_id", idSet("SELECT m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id "
                + "WHERE p.platform_id = ?", registration));
        ids.put("session_id", idSet("SELECT s.id FROM practice_session s JOIN course_membership m ON m.id = s.membership_id "
                + "JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?", registration));
        ids.put("item_id", idSet("SELECT i.id FROM practice_item i JOIN practice_session s ON s.id = i.session_id "
                + "JOIN course_membership m ON m.id = s.membership_id JOIN course_person p ON p.id = m.person_id "
                + "WHERE p.platform_id = ?", registration));
        ids.put("assignment_id", idSet("SELECT id FROM course_assignment WHERE platform_id = ?", registration));
        return ids;
    }

    private Set<Long> idSet(String sql, long registration) {
        return Set.copyOf(jdbc.sql(sql).param(registration).query(Long.class).list());
    }

    /** The primary key of each table that is one of the ids above. */
    private static final Map<String, String> OWN_IDS = Map.of("lti_platform", "platform_id", "course_person", "person_id",
            "course_context", "context_id", "course_resource_link", "link_id", "course_membership", "membership_id",
            "practice_session", "session_id", "practice_item", "item_id", "course_assignment", "assignment_id");

    /**
     * Rows, in every table of the schema, whose integer columns name one of {@code ids} (by column
     * name, or by a table's own id): table.column to count, only where there are some.
     */
    private Map<String, Long> rowsNaming(Map<String, Set<Long>> ids) {
        Map<String, Long> found = new HashMap<>();
        for (String[] column : integerColumns()) {
            String table = column[0];
            String name = column[1];
            String kind = name.equals("id") ? OWN_IDS.get(table) : name;
            Set<Long> values = kind == null ? null : ids.get(kind);
            if (values == null || values.isEmpty()) {
                continue;
            }
            long rows = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + name + " IN (:ids)").param("ids", values)
                    .query(Long.class).single();
            if (rows > 0) {
                found.put(table + "." + name, rows);
            }
        }
        return found;
    }

    private List<String[]> integerColumns() {
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.BIGINT || type == Types.INTEGER) {
                        columns.add(new String[] { rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) });
                    }
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(columns).as("the schema is read").hasSizeGreaterThan(20);
        return columns;
    }

    private AdminClient operator() {
        return new AdminClient(baseUrl, "admin", password);
    }
}
