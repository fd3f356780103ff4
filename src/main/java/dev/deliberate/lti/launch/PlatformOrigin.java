package dev.deliberate.lti.launch;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

import dev.deliberate.lti.platform.Registration;
import dev.deliberate.shared.Origins;

/**
 * Whether an authentication response was posted by a page of the platform's authorization
 * endpoint. Browsers set {@code Origin} on every cross-origin POST from the document that sent it,
 * and no page can choose it: a form that carries this header came from the platform's own page,
 * which posts only the id_token it minted for its signed-in user. That is what the state cookie
 * proves when it arrives (LTI Security Framework 5.1.1.5, no login CSRF), for browsers that drop
 * the cookie inside the LMS frame and platforms with no postMessage storage.
 */
final class PlatformOrigin {

    private PlatformOrigin() {
    }

    /** True when the request's {@code Origin} is the origin of the platform's authorization endpoint. */
    static boolean posted(HttpServletRequest request, Registration platform) {
        Optional<String> sender = Origins.find(request.getHeader(HttpHeaders.ORIGIN));
        return sender.isPresent() && sender.equals(Origins.find(platform.authorizationEndpoint()));
    }

    /** The sender as the log names it: its origin, "an opaque origin" or "no Origin header". */
    static String describe(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return "no Origin header";
        }
        return Origins.find(origin).orElse("an opaque origin");
    }
}
