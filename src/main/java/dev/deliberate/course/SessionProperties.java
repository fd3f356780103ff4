package dev.deliberate.course;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-app session after a launch ({@code deliberate.session.*}).
 *
 * @param lifetime how long a session token is accepted; it is renewed while the page is used
 * @param secret   HMAC key for session tokens (base64, at least 32 bytes); when unset a random one is
 *                 generated once and kept in the database, shared by every node
 */
@Validated
@ConfigurationProperties("deliberate.session")
public record SessionProperties(@DefaultValue("2h") @NotNull Duration lifetime, String secret) {
}
