package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V17 keeps time on task and the last answer on the session: sessions answered before it get both
 * from their answers (each counted up to ten minutes), on H2 and on MariaDB.
 */
abstract class SessionTimeMigrationTests {

    private JdbcClient jdbc;
    private Flyway flyway;

    abstract DataSource dataSource();

    @BeforeEach
    void schemaOfV15WithData() {
        DataSource dataSource = dataSource();
        jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).target("15").load().migrate();
        flyway = Flyway.configure().dataSource(dataSource).load();
    }

    @Test
    void sessionsAnsweredBeforeGetTheirAnswersTimeCappedAndTheirLastAnswer() {
        long answered = session(1);
        long item = item(answered);
        answer(answered, item, 40_000, "2026-12-01 10:00:00.250");
        answer(answered, item, 3_600_000, "2026-12-01 11:00:00.500");
        answer(answered, item, null, "2026-12-01 10:30:00");
        long untouched = session(2);

        flyway.migrate();

        Map<String, Object> after = row(answered);
        assertThat(((Number) after.get("on_task_ms")).longValue()).as("an hour-long answer counts ten minutes, an untimed one nothing")
                .isEqualTo(40_000 + ClassActivity.MAX_COUNTED_MS);
        assertThat(lastAnswer(answered)).as("the latest answer (MariaDB may drop the fraction of MAX())")
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 11, 0));
        Map<String, Object> none = row(untouched);
        assertThat(((Number) none.get("on_task_ms")).longValue()).isZero();
        assertThat(none.get("last_answer_at")).isNull();
    }

    private long session(long member) {
        jdbc.sql("""
                INSERT INTO practice_session (membership_id, context_id, link_id, subject, status, learner_seed, created_at, updated_at)
                VALUES (?, 1, 1, 'math', 'PRACTISING', 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param(member).update();
        return jdbc.sql("SELECT MAX(id) FROM practice_session").query(Long.class).single();
    }

    private long item(long session) {
        jdbc.sql("""
                INSERT INTO practice_item (session_id, seq, skill, difficulty, context, wording, seed, item_key, reason, served_at)
                VALUES (?, 1, 'two-step', 2, 'sports', 'w', 1, 'k', 'TARGET_PRACTICE', CURRENT_TIMESTAMP)""").param(session).update();
        return jdbc.sql("SELECT MAX(id) FROM practice_item").query(Long.class).single();
    }

    private void answer(long session, long item, Integer millis, String at) {
        jdbc.sql("""
                INSERT INTO practice_attempt (session_id, item_id, answer, work, verdict, assisted, time_taken_ms, created_at)
                VALUES (?, ?, 'x = 1', '', 'CORRECT', FALSE, ?, ?)""").params(session, item, millis, java.sql.Timestamp.valueOf(at)).update();
    }

    private LocalDateTime lastAnswer(long session) {
        return jdbc.sql("SELECT last_answer_at FROM practice_session WHERE id = ?").param(session)
                .query((rs, i) -> rs.getObject(1, LocalDateTime.class).truncatedTo(ChronoUnit.SECONDS)).single();
    }

    private Map<String, Object> row(long session) {
        return jdbc.sql("SELECT on_task_ms, last_answer_at FROM practice_session WHERE id = ?").param(session).query().singleRow();
    }
}
