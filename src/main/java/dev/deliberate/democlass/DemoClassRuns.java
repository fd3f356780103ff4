package dev.deliberate.democlass;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/** The record that the demo class's histories were made, so they are made once per database. */
@Component
class DemoClassRuns {

    static final String HISTORIES = "histories";

    private final JdbcClient jdbc;

    DemoClassRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the one caller (on any node) that gets to make them; false once anyone has started. */
    boolean claim(Instant now) {
        try {
            return jdbc.sql("INSERT INTO demo_class_run (name, started_at) VALUES (?, ?)").params(HISTORIES, DbTime.of(now)).update() == 1;
        }
        catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    void finished(Instant now, String outcome) {
        jdbc.sql("UPDATE demo_class_run SET finished_at = ?, outcome = ? WHERE name = ?")
                .params(DbTime.of(now), outcome.length() > 200 ? outcome.substring(0, 200) : outcome, HISTORIES).update();
    }

    /** Whether the histories are all made. */
    boolean done() {
        return jdbc.sql("SELECT COUNT(*) FROM demo_class_run WHERE name = ? AND finished_at IS NOT NULL").param(HISTORIES)
                .query(Integer.class).single() > 0;
    }
}
