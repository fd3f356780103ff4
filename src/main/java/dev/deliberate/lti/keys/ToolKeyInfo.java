package dev.deliberate.lti.keys;

import java.time.Instant;

/** What the admin API shows of a tool key: never key material. */
public record ToolKeyInfo(String kid, String algorithm, ToolKeyStatus status, Instant createdAt,
        Instant activatedAt, Instant publishedUntil) {
}
