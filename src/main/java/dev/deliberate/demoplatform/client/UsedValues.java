package dev.deliberate.demoplatform.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.Sha256;
import dev.deliberate.shared.DbTime;

/**
 * Values a client may use only once — a client assertion's {@code jti}, a deep linking response's
 * {@code nonce} — remembered until the JWT carrying them expires, on every node.
 */
@Component
@Profile("demo")
public class UsedValues {

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    UsedValues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time this client uses this value for this purpose; false on a replay. */
    public boolean firstUse(String purpose, String clientId, String value, Instant rememberUntil) {
        purgeNowAndThen();
        try {
            jdbc.sql("INSERT INTO demo_used_value (value_hash, purpose, expires_at) VALUES (?, ?, ?)")
                    .params(Sha256.hex(purpose + "\n" + clientId + "\n" + value), purpose, DbTime.of(rememberUntil))
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void purgeNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            jdbc.sql("DELETE FROM demo_used_value WHERE expires_at < ?").param(DbTime.of(now)).update();
        }
    }
}
