package dev.deliberate.lti.platform;

import java.time.Instant;

/**
 * A registration taken out of use with its data kept: no login, launch or service call finds it,
 * and a new registration of the same platform starts without its data.
 */
public record ArchivedRegistration(long id, String name, String issuer, String clientId, PlatformSource source,
        Instant createdAt, Instant archivedAt) {
}
