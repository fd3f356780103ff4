package dev.deliberate.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.deliberate.shared.Correlation;

/**
 * Starts every request with the safe {@code X-Request-Id} a proxy sent as its correlation id (a
 * launch or a session replaces it with their own later in the request), and clears it after, so no
 * id leaks into the next request on the same thread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Correlation.clear();
        Correlation.use(request.getHeader(Correlation.HEADER));
        try {
            chain.doFilter(request, response);
        }
        finally {
            Correlation.clear();
        }
    }
}
