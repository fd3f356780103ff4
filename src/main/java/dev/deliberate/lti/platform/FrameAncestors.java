package dev.deliberate.lti.platform;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.deliberate.shared.Origins;

/**
 * The {@code frame-ancestors} source lists. A page that belongs to one platform (its login, its
 * launch, a session started from it) may be framed by this tool and that platform only: the origin
 * of its issuer and the extra origins the administrator gave (a hosted Canvas frames tools from the
 * school's own domain, e.g. {@code https://*.instructure.com}). A page that belongs to none (the
 * home page, an error before the platform is known) names every platform, as far as a header of
 * {@value #MAX_LENGTH} characters allows: the operator's own registrations first, then those that
 * registered themselves, so that many dynamic registrations can neither crowd out the operator's
 * nor grow the header past what proxies accept.
 */
@Component
public class FrameAncestors {

    static final int MAX_LENGTH = 4096;
    private static final String SELF = "'self'";

    private final PlatformRegistry registry;
    private volatile Cached cached = new Cached(List.of(), "frame-ancestors " + SELF, Map.of());

    FrameAncestors(PlatformRegistry registry) {
        this.registry = registry;
    }

    /** The header value for a page of no particular platform. */
    public String directive() {
        return current().directive();
    }

    /** The header value for a page of the platform {@code platformId} (or of none, when it is unknown). */
    public String directiveFor(long platformId) {
        Cached c = current();
        return c.byPlatform().computeIfAbsent(platformId, id -> registry.find(id)
                .map(r -> "frame-ancestors " + String.join(" ", sources(List.of(r), Integer.MAX_VALUE)))
                .orElse(c.directive()));
    }

    private Cached current() {
        List<Registration> all = registry.all();
        Cached c = cached;
        if (c.source() != all) {
            List<Registration> operatorsFirst = all.stream()
                    .sorted(Comparator.comparing(r -> r.source() == PlatformSource.DYNAMIC_REGISTRATION)).toList();
            c = new Cached(all, "frame-ancestors " + String.join(" ", sources(operatorsFirst, MAX_LENGTH)),
                    new ConcurrentHashMap<>());
            cached = c;
        }
        return c;
    }

    private static Set<String> sources(List<Registration> registrations, int maxLength) {
        Set<String> sources = new LinkedHashSet<>();
        sources.add(SELF);
        int length = "frame-ancestors ".length() + SELF.length();
        for (Registration r : registrations) {
            Set<String> own = new LinkedHashSet<>();
            Origins.find(r.issuer()).ifPresent(own::add);
            own.addAll(r.frameOrigins());
            own.removeAll(sources);
            int more = own.stream().mapToInt(origin -> origin.length() + 1).sum();
            if (length + more > maxLength) {
                continue;
            }
            sources.addAll(own);
            length += more;
        }
        return sources;
    }

    private record Cached(List<Registration> source, String directive, Map<Long, String> byPlatform) {
    }
}
