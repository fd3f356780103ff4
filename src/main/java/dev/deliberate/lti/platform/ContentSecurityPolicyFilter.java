package dev.deliberate.lti.platform;

import java.io.IOException;

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
 * Lets only registered platforms frame the tool: every response carries
 * {@code Content-Security-Policy: frame-ancestors} built from the registry, which replaces
 * {@code X-Frame-Options} (that header cannot name several origins). The header is written when
 * the response is committed, once the login, the launch or the session has said which platform the
 * page belongs to ({@link Framing}); a handler that set its own policy keeps it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FrameAncestorsFilter extends OncePerRequestFilter {

    private static final String HEADER = "Content-Security-Policy";

    private final FrameAncestors frameAncestors;

    FrameAncestorsFilter(FrameAncestors frameAncestors) {
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
                response.setHeader(HEADER, Framing.platform(request).map(frameAncestors::directiveFor)
                        .orElseGet(frameAncestors::directive));
            }
        }
    }
}
