package dev.deliberate.demoplatform.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.demoplatform.Sha256;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.RandomTokens;

/**
 * The platform's OAuth 2 access tokens: 256 random bits, handed out once and kept only as a
 * SHA-256 hash with the client, scopes and expiry, so they survive restarts and work on every node.
 */
@Component
@Profile("demo")
public class DemoAccessTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the client and scopes; its value exists only in the answer. */
    String issue(String clientId, Collection<String> scopes) {
        String token = RandomTokens.next();
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM demo_access_token WHERE expires_at < ?").param(DbTime.of(now.minus(LIFETIME))).update();
        jdbc.sql("INSERT INTO demo_access_token (token_hash, client_id, scopes, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(Sha256.hex(token), clientId, String.join(" ", scopes), DbTime.of(now), DbTime.of(now.plus(LIFETIME)))
                .update();
        return token;
    }

    /** The grant of an unexpired token. */
    public Optional<ServiceGrant> find(String token) {
        return jdbc.sql("SELECT client_id, scopes FROM demo_access_token WHERE token_hash = ? AND expires_at > ?")
                .params(Sha256.hex(token), DbTime.of(clock.instant()))
                .query((rs, i) -> new ServiceGrant(rs.getString("client_id"), Set.of(rs.getString("scopes").split(" "))))
                .optional();
    }
}
