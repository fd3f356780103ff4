package dev.deliberate.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V8 moves people and courses from their issuer to their registration: rows written under V7 are
 * migrated to the registration they came through, on H2 and on MariaDB.
 */
abstract class RegistrationKeysMigrationTests {

    private static final String ISSUER = "https://moodle.example.edu";

    private JdbcClient jdbc;
    private Flyway flyway;

    abstract DataSource dataSource();

    @BeforeEach
    void schemaOfV7WithData() {
        DataSource dataSource = dataSource();
        jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).target("7").load().migrate();
        flyway = Flyway.configure().dataSource(dataSource).load();
    }

    @Test
    void aPersonInCoursesOfTwoRegistrationsBecomesOnePersonInEach() {
        long oldMoodle = registration("old-client");
        long newMoodle = registration("new-client");
        long oldCourse = course(oldMoodle, "1", "course-1");
        long newCourse = course(newMoodle, "2", "course-1");
        long ada = person("u1");
        long oldMember = member(oldCourse, ada);
        long newMember = member(newCourse, ada);

        flyway.migrate();

        assertThat(personOf(oldMember)).isEqualTo(ada);
        assertThat(platformOf(ada)).isEqualTo(oldMoodle);
        assertThat(personOf(newMember)).isNotEqualTo(ada);
        assertThat(platformOf(personOf(newMember))).isEqualTo(newMoodle);
        assertThat(jdbc.sql("SELECT name FROM course_person WHERE id = ?").param(personOf(newMember)).query(String.class).single())
                .isEqualTo("Ada u1");
    }

    @Test
    void aPersonInNoCourseIsDroppedAndOneInCoursesOfOneRegistrationKeepsTheirRow() {
        long moodle = registration("client");
        long alan = person("u2");
        long member = member(course(moodle, "1", "course-1"), alan);
        long nobody = person("u3");

        flyway.migrate();

        assertThat(personOf(member)).isEqualTo(alan);
        assertThat(platformOf(alan)).isEqualTo(moodle);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_person WHERE id = ?").param(nobody).query(Long.class).single()).isZero();
    }

    @Test
    void dataOfARegistrationDeletedBeforeV8BecomesAnArchivedRegistration() {
        long deleted = registration("deleted-client");
        long course = course(deleted, "1", "course-1");
        member(course, person("u4"));
        jdbc.sql("DELETE FROM lti_platform WHERE id = ?").param(deleted).update();

        flyway.migrate();

        Map<String, Object> recovered = jdbc.sql("SELECT issuer, source, active, archived_at FROM lti_platform WHERE id = ?")
                .param(deleted).query().singleRow();
        assertThat(recovered).containsEntry("issuer", ISSUER).containsEntry("source", "RECOVERED").containsEntry("active", null);
        assertThat(recovered.get("archived_at")).isNotNull();
    }

    @Test
    void afterV8OnlyRegistrationsInUseMustBeUniqueAndPeopleAreUniquePerRegistration() {
        long moodle = registration("client");
        flyway.migrate();
        jdbc.sql("UPDATE lti_platform SET active = NULL, archived_at = CURRENT_TIMESTAMP WHERE id = ?").param(moodle).update();

        long again = registration("client");
        assertThat(again).as("the same client registered again once the first is archived").isNotEqualTo(moodle);
        assertThatThrownBy(() -> registration("client")).isInstanceOf(DataIntegrityViolationException.class);
        insertPerson(moodle, "u5");
        insertPerson(again, "u5");
        assertThatThrownBy(() -> insertPerson(again, "u5")).isInstanceOf(DataIntegrityViolationException.class);
    }

    private long registration(String clientId) {
        jdbc.sql("""
                INSERT INTO lti_platform (name, issuer, client_id, authorization_endpoint, token_endpoint, jwks_uri, source,
                    created_at, updated_at) VALUES ('Moodle', ?, ?, 'a', 't', 'j', 'DYNAMIC_REGISTRATION', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(ISSUER, clientId).update();
        return id("SELECT MAX(id) FROM lti_platform");
    }

    private long course(long platform, String deployment, String contextId) {
        jdbc.sql("""
                INSERT INTO course_context (platform_id, issuer, deployment_id, lms_context_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").params(platform, ISSUER, deployment, contextId).update();
        return id("SELECT MAX(id) FROM course_context");
    }

    private long person(String subject) {
        jdbc.sql("INSERT INTO course_person (issuer, subject, name, created_at, updated_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(ISSUER, subject, "Ada " + subject).update();
        return id("SELECT MAX(id) FROM course_person");
    }

    private void insertPerson(long platform, String subject) {
        jdbc.sql("INSERT INTO course_person (platform_id, issuer, subject, created_at, updated_at) "
                + "VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").params(platform, ISSUER, subject).update();
    }

    private long member(long context, long person) {
        jdbc.sql("INSERT INTO course_membership (context_id, person_id, role, launch_count) VALUES (?, ?, 'STUDENT', 1)")
                .params(context, person).update();
        return id("SELECT MAX(id) FROM course_membership");
    }

    private long personOf(long membership) {
        return jdbc.sql("SELECT person_id FROM course_membership WHERE id = ?").param(membership).query(Long.class).single();
    }

    private long platformOf(long person) {
        return jdbc.sql("SELECT platform_id FROM course_person WHERE id = ?").param(person).query(Long.class).single();
    }

    private long id(String sql) {
        List<Long> ids = jdbc.sql(sql).query(Long.class).list();
        return ids.get(0);
    }
}
