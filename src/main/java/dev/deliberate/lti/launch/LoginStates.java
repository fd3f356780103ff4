package dev.deliberate.lti.launch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/**
 * Login states in the database, so that any node can finish a launch another node started and a
 * replay is caught everywhere. Consuming a state is one conditional UPDATE: of two concurrent
 * launches with the same state exactly one wins.
 */
@Component
class LoginStates {

    private static final Logger log = LoggerFactory.getLogger(LoginStates.class);
    /** Consumed states are kept past their expiry so that a late replay is still named as one. */
    private static final Duration KEEP_AFTER_EXPIRY = Duration.ofHours(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void save(LoginState s) {
        jdbc.sql("""
                INSERT INTO lti_login_state (state, nonce, platform_id, target_link_uri, login_hint, lti_message_hint,
                    deployment_hint, storage_target, created_at, expires_at, correlation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.state(), s.nonce(), s.platformId(), s.targetLinkUri(), s.loginHint(), s.ltiMessageHint(),
                        s.deploymentHint(), s.storageTarget(), DbTime.of(s.createdAt()), DbTime.of(s.expiresAt()),
                        s.correlationId())
                .update();
    }

    Optional<LoginState> find(String state) {
        return jdbc.sql("""
                SELECT state, nonce, platform_id, target_link_uri, login_hint, lti_message_hint, deployment_hint, storage_target,
                    created_at, expires_at, consumed_at, correlation_id
                FROM lti_login_state WHERE state = ?""").param(state).query(LoginStates::map).optional();
    }

    /** True when the nonce belongs to a login that was already used. */
    boolean nonceUsed(String nonce) {
        return jdbc.sql("SELECT COUNT(*) FROM lti_login_state WHERE nonce = ? AND consumed_at IS NOT NULL")
                .param(nonce).query(Integer.class).single() > 0;
    }

    /** Marks the state used; false when it was already used or has expired meanwhile. */
    boolean consume(String state) {
        var now = DbTime.of(clock.instant());
        return jdbc.sql("UPDATE lti_login_state SET consumed_at = ? WHERE state = ? AND consumed_at IS NULL AND expires_at > ?")
                .params(now, state, now).update() == 1;
    }

    /** Marks the state used after a failed launch, so the same state cannot be tried again. */
    void burn(String state) {
        jdbc.sql("UPDATE lti_login_state SET consumed_at = ? WHERE state = ? AND consumed_at IS NULL")
                .params(DbTime.of(clock.instant()), state).update();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void purge() {
        int purged = jdbc.sql("DELETE FROM lti_login_state WHERE expires_at < ?")
                .param(DbTime.of(clock.instant().minus(KEEP_AFTER_EXPIRY))).update();
        if (purged > 0) {
            log.debug("Purged {} old login states", purged);
        }
    }

    // by position, in the order find selects them (MySQL Connector/J builds a name map per result set read by name)
    private static LoginState map(ResultSet rs, int row) throws SQLException {
        return new LoginState(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), DbTime.read(rs, 9), DbTime.read(rs, 10), DbTime.read(rs, 11), rs.getString(12));
    }
}
