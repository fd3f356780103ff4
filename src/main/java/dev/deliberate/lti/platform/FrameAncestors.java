package dev.deliberate.lti.platform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.deliberate.shared.Origins;

/**
 * The {@code frame-ancestors} source list: this tool itself plus, for every registered platform,
 * the origins of its issuer and authorization endpoint and the extra origins the administrator
 * gave (a hosted Canvas frames tools from the school's own domain, e.g. {@code https://*.instructure.com}).
 */
@Component
public class FrameAncestors {

    private final PlatformRegistry registry;
    private volatile Cached cached = new Cached(List.of(), "'self'");

    FrameAncestors(PlatformRegistry registry) {
        this.registry = registry;
    }

    /** The value of the header {@code Content-Security-Policy: frame-ancestors …}. */
    public String directive() {
        List<Registration> all = registry.all();
        Cached c = cached;
        if (c.source() != all) {
            c = new Cached(all, "frame-ancestors " + String.join(" ", sources(all)));
            cached = c;
        }
        return c.directive();
    }

    private static Set<String> sources(List<Registration> registrations) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add("'self'");
        for (Registration r : registrations) {
            Origins.find(r.issuer()).ifPresent(sources::add);
            Origins.find(r.authorizationEndpoint()).ifPresent(sources::add);
            sources.addAll(r.frameOrigins());
        }
        return sources;
    }

    private record Cached(List<Registration> source, String directive) {
    }
}
