package dev.deliberate.course;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.RandomTokens;

/**
 * Random secrets generated once and kept in the database so that every node uses the same one.
 * Two nodes starting together both try to insert; the loser reads the winner's.
 */
@Component
class AppSecrets {

    private final JdbcClient jdbc;
    private final Clock clock;

    AppSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret with this name: 32 random bytes, base64url. */
    String named(String name) {
        return find(name).orElseGet(() -> {
            try {
                jdbc.sql("INSERT INTO app_secret (name, secret_value, created_at) VALUES (?, ?, ?)")
                        .params(name, RandomTokens.next(), DbTime.of(clock.instant())).update();
            }
            catch (DuplicateKeyException anotherNodeWasFirst) {
                // fall through and read it
            }
            return find(name).orElseThrow();
        });
    }

    private Optional<String> find(String name) {
        return jdbc.sql("SELECT secret_value FROM app_secret WHERE name = ?").param(name).query(String.class).optional();
    }
}
