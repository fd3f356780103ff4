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
 *                     {@code *.instructure.com}); empty lets any platform on a public address
 *                     register, which suits a tool offered to all comers but not a school's own
 *                     server; a listed host may also be on a private network
 * @param toolName     the name administrators see in the LMS
 * @param perMinute    requests to {@code /lti/register} one remote address may make per minute
 *                     (each costs outbound calls to the address it names)
 * @param privateHosts hosts (same patterns) that may be on a private network although allowed-hosts
 *                     is empty: a school's own LMS beside an open tool; hosts in a non-empty
 *                     allowed-hosts may be private anyway
 */
@ConfigurationProperties("deliberate.lti.registration")
public record RegistrationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("Deliberate") String toolName,
        @DefaultValue("20") int perMinute,
        @DefaultValue List<String> privateHosts) {

    public RegistrationProperties {
        if (perMinute < 1) {
            throw new IllegalArgumentException("deliberate.lti.registration.per-minute must be at least 1");
        }
    }

    /** True when a platform on {@code host} may register. */
    boolean allows(String host) {
        return allowedHosts.isEmpty() || listed(host);
    }

    /** True when the operator named {@code host} (or a wildcard over it) in allowed-hosts. */
    boolean listed(String host) {
        return matches(allowedHosts, host);
    }

    /** True when the operator trusts {@code host} on a private address: listed in allowed-hosts or private-hosts. */
    public boolean mayBePrivate(String host) {
        return listed(host) || matches(privateHosts, host);
    }

    private static boolean matches(List<String> patterns, String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return patterns.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).anyMatch(pattern -> pattern.startsWith("*.")
                ? lower.endsWith(pattern.substring(1)) : lower.equals(pattern));
    }
}
