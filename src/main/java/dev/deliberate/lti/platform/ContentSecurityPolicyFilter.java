package dev.deliberate.lti.platform;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.deliberate.shared.web.Framing;

/**
 * Every response's Content-Security-Policy. Only registered platforms may frame the tool:
 * {@code frame-ancestors} is built from the registry (it replaces {@code X-Frame-Options}, which
 * cannot name several origins). Scripts and styles come from the tool's own files only: no inline
 * script, no inline style, no {@code eval}, no plugins, no {@code <base>}. Forms post to the tool
 * itself and to the origins the handler said the page reaches ({@link Framing#reaches}: the
 * Deep Linking answer to its platform, the demo LMS's launches). The header is written when the
 * response is committed, once the login, the launch or the session has said which platform the
 * page belongs to; a handler that set its own policy keeps it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String HEADER = "Content-Security-Policy";
    static final String FIXED = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "object-src 'none'; base-uri 'none'";

    private final FrameAncestors frameAncestors;

    ContentSecurityPolicyFilter(FrameAncestors frameAncestors) {
        this.frameAncestors = frameAncestors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PolicyOnCommit framed = new PolicyOnCommit(request, response);
        try {
            chain.doFilter(request, framed);
        }
        finally {
            framed.write();
        }
    }

    /** The policy for this request, frame-ancestors first. */
    String policy(HttpServletRequest request) {
        String ancestors = Framing.platform(request).map(frameAncestors::directiveFor).orElseGet(frameAncestors::directive);
        for (String origin : Framing.alsoFramedBy(request)) {
            ancestors += " " + origin;
        }
        String reached = sources(Framing.reached(request));
        return ancestors + "; " + FIXED + "; form-action 'self'" + reached + "; frame-src 'self'" + reached;
    }

    private static String sources(List<String> origins) {
        StringBuilder out = new StringBuilder();
        origins.forEach(origin -> out.append(' ').append(origin));
        return out.toString();
    }

    private final class PolicyOnCommit extends OnCommittedResponseWrapper {

        private final HttpServletRequest request;
        private boolean written;

        PolicyOnCommit(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        protected void onResponseCommitted() {
            write();
        }

        void write() {
            if (written) {
                return;
            }
            written = true;
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted() && !response.containsHeader(HEADER)) {
                response.setHeader(HEADER, policy(request));
            }
        }
    }
}
