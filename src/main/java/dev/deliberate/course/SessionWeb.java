package dev.deliberate.course;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.Correlation;
import dev.deliberate.shared.IframeCookies;
import dev.deliberate.shared.web.Framing;

/**
 * How a session travels with requests. The page keeps the token and htmx sends it in the
 * {@code X-Deliberate-Session} header, which needs no cookie; where the browser allows, a
 * partitioned cookie carries it too so a plain reload of a page still works. Changes (POST and the
 * like) are accepted only with the token in the header or, for the few plain forms that navigate
 * the frame (the Deep Linking answer), in the form field {@code _session}: a cross-site form can
 * make the browser send a cookie, never a header or a secret it does not know, so this is also
 * the CSRF defence.
 */
@Component
public class SessionWeb {

    public static final String HEADER = "X-Deliberate-Session";
    /** Request attribute holding the current token, for pages to embed. */
    public static final String TOKEN_ATTRIBUTE = "sessionToken";
    static final String COOKIE = "dlb_session";
    /** Form field carrying the token on plain (non-htmx) form posts. */
    public static final String FORM_FIELD = "_session";

    private final SessionTokens tokens;
    private final IframeCookies cookies;
    private final SessionProperties properties;
    private final ContextPlatforms platforms;
    private final LiveMemberships memberships;

    SessionWeb(SessionTokens tokens, IframeCookies cookies, SessionProperties properties, ContextPlatforms platforms,
            LiveMemberships memberships) {
        this.tokens = tokens;
        this.cookies = cookies;
        this.properties = properties;
        this.platforms = platforms;
        this.memberships = memberships;
    }

    /** Makes {@code session} the current one for this request and the requests that follow. */
    void attach(CourseSession session, HttpServletRequest request, HttpServletResponse response) {
        String token = tokens.encode(session);
        request.setAttribute(CourseSession.ATTRIBUTE, session);
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        framedBy(session, request);
        response.setHeader(HEADER, token);
        cookies.set(response, COOKIE, token, "/", properties.lifetime());
        authenticate(session);
        if (session.locale() != null) {
            request.setAttribute(LOCALE_ATTRIBUTE, Locale.forLanguageTag(session.locale()));
        }
    }

    /** The session's pages may be framed by the platform its course was launched from, and no other. */
    private void framedBy(CourseSession session, HttpServletRequest request) {
        platforms.of(session.contextId()).ifPresent(platformId -> Framing.byPlatform(request, platformId));
    }

    /** Finds the session of a request: header first, then (for reads only) the cookie; none once its course or member is deleted. */
    Optional<CourseSession> resume(HttpServletRequest request, HttpServletResponse response) {
        String header = request.getHeader(HEADER);
        String token = header != null ? header
                : safe(request) ? IframeCookies.read(request, COOKIE).orElse(null) : formField(request);
        // a deleted course (or member) ends its sessions: nothing may be written for its members again
        Optional<CourseSession> session = tokens.decode(token)
                .filter(s -> platforms.of(s.contextId()).isPresent() && memberships.exists(s.membershipId()));
        session.ifPresent(s -> {
            Correlation.use(s.launchId());
            if (tokens.dueForRenewal(s)) {
                attach(tokens.renew(s), request, response);
            }
            else {
                request.setAttribute(CourseSession.ATTRIBUTE, s);
                request.setAttribute(TOKEN_ATTRIBUTE, token);
                framedBy(s, request);
                authenticate(s);
                if (s.locale() != null) {
                    request.setAttribute(LOCALE_ATTRIBUTE, Locale.forLanguageTag(s.locale()));
                }
            }
        });
        return session;
    }

    /** Request attribute with the locale the LMS gave for the user; the locale resolver reads it. */
    public static final String LOCALE_ATTRIBUTE = SessionWeb.class.getName() + ".locale";

    private static String formField(HttpServletRequest request) {
        String type = request.getContentType();
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return form ? request.getParameter(FORM_FIELD) : null;
    }

    private static boolean safe(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
    }

    private static void authenticate(CourseSession session) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(session, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + session.role().name())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }
}
