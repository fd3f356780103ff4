package dev.deliberate.lti;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's credentials for {@code /admin/api} ({@code deliberate.admin.*}). Without a
 * password the admin API is closed.
 *
 * @param password           the operator password, from {@code DELIBERATE_ADMIN_PASSWORD}
 * @param failuresPerMinute  wrong credentials one remote address may send per minute before every
 *                           request from it is refused for the rest of that minute
 */
@ConfigurationProperties("deliberate.admin")
public record AdminProperties(String password, @DefaultValue("10") int failuresPerMinute) {

    public AdminProperties {
        if (failuresPerMinute < 1) {
            throw new IllegalArgumentException("deliberate.admin.failures-per-minute must be at least 1");
        }
    }

    public boolean enabled() {
        return password != null && !password.isBlank();
    }
}
