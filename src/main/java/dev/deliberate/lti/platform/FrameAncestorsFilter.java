package dev.deliberate.lti.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only registered platforms frame the tool: every response carries
 * {@code Content-Security-Policy: frame-ancestors} built from the registry, which replaces
 * {@code X-Frame-Options} (that header cannot name several origins).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FrameAncestorsFilter extends OncePerRequestFilter {

    private final FrameAncestors frameAncestors;

    FrameAncestorsFilter(FrameAncestors frameAncestors) {
        this.frameAncestors = frameAncestors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", frameAncestors.directive());
        chain.doFilter(request, response);
    }
}
