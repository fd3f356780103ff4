package dev.deliberate.demoplatform.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.Sha256;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.RandomTokens;

/**
 * The registration tokens the platform hands to a tool with a registration request (LTI DR
 * 1.0): 256 random bits, kept as a hash, good for one registration within an hour.
 */
@Component
@Profile("demo")
class RegistrationTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistrationTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue() {
        String token = RandomTokens.next();
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM demo_registration_token WHERE expires_at < ?").param(DbTime.of(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("INSERT INTO demo_registration_token (token_hash, created_at, expires_at) VALUES (?, ?, ?)")
                .params(Sha256.hex(token), DbTime.of(now), DbTime.of(now.plus(LIFETIME))).update();
        return token;
    }

    /** Whether the token could register a tool now: known, unexpired, unused. */
    boolean usable(String token) {
        return jdbc.sql("SELECT COUNT(*) FROM demo_registration_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(Sha256.hex(token), DbTime.of(clock.instant())).query(Integer.class).single() == 1;
    }

    /** Uses the token up for this client; false when it was not usable (of two racing uses, one wins). */
    boolean consume(String token, String clientId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE demo_registration_token SET used_at = ?, client_id = ?
                WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(DbTime.of(now), clientId, Sha256.hex(token), DbTime.of(now)).update() == 1;
    }
}
