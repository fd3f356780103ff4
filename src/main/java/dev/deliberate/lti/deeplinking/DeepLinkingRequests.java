package dev.deliberate.lti.deeplinking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.RandomTokens;

/** Deep Linking requests in the database: any node can answer the one another node received. */
@Component
public class DeepLinkingRequests {

    static final Duration LIFETIME = Duration.ofHours(1);
    /** The longest return URL a request can keep; a launch asking for a longer one is refused. */
    public static final int MAX_RETURN_URL = 1024;

    private final JdbcClient jdbc;
    private final Clock clock;

    DeepLinkingRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a request as the launch carried it; returns its id (unguessable, for the teacher's form). */
    public String save(long platformId, String deploymentId, String lmsContextId, String returnUrl, String data,
            boolean acceptMultiple, String title) {
        String id = RandomTokens.next();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO lti_deep_link_request (id, platform_id, deployment_id, lms_context_id, return_url, data, accept_multiple,
                    title, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, platformId, deploymentId, lmsContextId, returnUrl, data, acceptMultiple, cut(title), DbTime.of(now),
                        DbTime.of(now.plus(LIFETIME)))
                .update();
        return id;
    }

    public Optional<PendingDeepLink> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM lti_deep_link_request WHERE id = ?").param(id)
                .query((rs, i) -> new PendingDeepLink(rs.getString("id"), rs.getLong("platform_id"), rs.getString("deployment_id"),
                        rs.getString("lms_context_id"), rs.getString("return_url"), rs.getString("data"),
                        rs.getBoolean("accept_multiple"), rs.getString("title"), DbTime.read(rs, "expires_at"),
                        DbTime.read(rs, "used_at")))
                .optional();
    }

    /** Marks the request answered; false when it was answered already or has expired. */
    boolean use(String id) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE lti_deep_link_request SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")
                .params(DbTime.of(now), id, DbTime.of(now)).update() == 1;
    }

    private static String cut(String title) {
        return title == null || title.length() <= 255 ? title : title.substring(0, 255);
    }
}
