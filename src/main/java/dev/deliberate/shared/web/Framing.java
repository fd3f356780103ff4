package dev.deliberate.shared.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.deliberate.shared.Origins;

/**
 * What a response's Content-Security-Policy must allow beyond the tool itself, said by the part of
 * the request that knows. Which platform the page belongs to (the login, the launch, the session):
 * the frame-ancestors policy then names that platform only, so that one LMS's registration never
 * lets it frame the pages of another's students, and the header stays short however many
 * platforms are registered. Which other origins the page's forms post to and its frames show (the
 * Deep Linking answer posted back to the platform, the demo LMS's launches of a tool), and which
 * site may frame it besides (the registration page, framed by the LMS being registered).
 */
public final class Framing {

    private static final String PLATFORM = Framing.class.getName() + ".platform";
    private static final String REACHES = Framing.class.getName() + ".reaches";
    private static final String FRAMED_BY = Framing.class.getName() + ".framedBy";

    private Framing() {
    }

    public static void byPlatform(HttpServletRequest request, long platformId) {
        request.setAttribute(PLATFORM, platformId);
    }

    public static Optional<Long> platform(HttpServletRequest request) {
        return request.getAttribute(PLATFORM) instanceof Long id ? Optional.of(id) : Optional.empty();
    }

    /** Lets this page's forms post to, and its frames show, the origin of {@code url} (ignored unless http(s)). */
    public static void reaches(HttpServletRequest request, String url) {
        Origins.find(url).ifPresent(origin -> origins(request, REACHES).add(origin));
    }

    /** The origins given to {@link #reaches}, in order. */
    public static List<String> reached(HttpServletRequest request) {
        return List.copyOf(origins(request, REACHES));
    }

    /** Lets the origin of {@code url} frame this page too, besides the platforms (ignored unless http(s)). */
    public static void alsoFramedBy(HttpServletRequest request, String url) {
        Origins.find(url).ifPresent(origin -> origins(request, FRAMED_BY).add(origin));
    }

    /** The origins given to {@link #alsoFramedBy}, in order. */
    public static List<String> alsoFramedBy(HttpServletRequest request) {
        return List.copyOf(origins(request, FRAMED_BY));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> origins(HttpServletRequest request, String attribute) {
        Object held = request.getAttribute(attribute);
        if (held instanceof Set<?> set) {
            return (Set<String>) set;
        }
        Set<String> fresh = new LinkedHashSet<>();
        request.setAttribute(attribute, fresh);
        return fresh;
    }
}
