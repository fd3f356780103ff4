package dev.deliberate.lti;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's credentials for {@code /admin/api} ({@code deliberate.admin.*}). Without a
 * password the admin API is closed.
 *
 * @param password the operator password, from {@code DELIBERATE_ADMIN_PASSWORD}
 */
@ConfigurationProperties("deliberate.admin")
public record AdminProperties(String password) {

    public boolean enabled() {
        return password != null && !password.isBlank();
    }
}
