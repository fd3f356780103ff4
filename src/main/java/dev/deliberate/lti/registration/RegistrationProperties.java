package dev.deliberate.lti.registration;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Dynamic Registration ({@code deliberate.lti.registration.*}).
 *
 * @param enabled      whether {@code /lti/register} accepts registrations at all
 * @param allowedHosts hosts whose platforms may register (e.g. {@code moodle.example.edu},
 *                     {@code *.instructure.com}); empty lets any platform register, which suits a
 *                     tool offered to all comers but not a school's own server
 * @param toolName     the name administrators see in the LMS
 */
@ConfigurationProperties("deliberate.lti.registration")
public record RegistrationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("Deliberate") String toolName) {

    /** True when a platform on {@code host} may register. */
    boolean allows(String host) {
        if (allowedHosts.isEmpty()) {
            return true;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).anyMatch(pattern -> pattern.startsWith("*.")
                ? lower.endsWith(pattern.substring(1)) : lower.equals(pattern));
    }
}
