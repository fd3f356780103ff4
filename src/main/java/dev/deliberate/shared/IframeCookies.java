package dev.deliberate.shared;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Cookies that must survive inside an LMS iframe. Over HTTPS they are {@code SameSite=None; Secure;
 * Partitioned} (CHIPS), the only kind a browser still sends to a framed third-party site; over plain
 * HTTP (a local trial) browsers refuse that combination, so they fall back to {@code SameSite=Lax}.
 * Always {@code HttpOnly}. Nothing relies on them alone: see the launch's postMessage storage and
 * the session header.
 */
@Component
public class IframeCookies {

    private final boolean secure;

    public IframeCookies(ToolUrls urls) {
        this.secure = urls.secure();
    }

    public void set(HttpServletResponse response, String name, String value, String path, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, build(name, value, path, maxAge).toString());
    }

    public void clear(HttpServletResponse response, String name, String path) {
        response.addHeader(HttpHeaders.SET_COOKIE, build(name, "", path, Duration.ZERO).toString());
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private ResponseCookie build(String name, String value, String path, Duration maxAge) {
        return ResponseCookie.from(name, value)
                .path(path)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure)
                .sameSite(secure ? "None" : "Lax")
                .partitioned(secure)
                .build();
    }
}
