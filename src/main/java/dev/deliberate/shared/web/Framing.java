package dev.deliberate.shared.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which platform's page a response is, when a part of the request knows (the login, the launch,
 * the session): the frame-ancestors policy then names that platform only, so that one LMS's
 * registration never lets it frame the pages of another's students, and the header stays short
 * however many platforms are registered.
 */
public final class Framing {

    private static final String ATTRIBUTE = Framing.class.getName() + ".platform";

    private Framing() {
    }

    public static void byPlatform(HttpServletRequest request, long platformId) {
        request.setAttribute(ATTRIBUTE, platformId);
    }

    public static Optional<Long> platform(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Long id ? Optional.of(id) : Optional.empty();
    }
}
