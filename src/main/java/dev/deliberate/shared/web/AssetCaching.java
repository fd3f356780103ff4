package dev.deliberate.shared.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a browser may keep a static file. A name carrying its content hash (the resource
 * chain's content strategy writes {@code /js/practice-<md5>.js} into every page) never changes
 * meaning, so it is kept a year without asking again ({@code immutable}). A script or style sheet
 * asked for by its plain name must be revalidated, so a new release is seen at once. An error is
 * never kept (a node still on the old release answers a new name with 404 during a rolling
 * update). Pages are left alone: Spring Security marks them {@code no-store}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AssetCaching extends OncePerRequestFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[a-z0-9]+$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (isAsset(path)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, HASHED.matcher(path).find() ? FOR_A_YEAR : REVALIDATE);
            chain.doFilter(request, new ErrorsNotKept(response));
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class ErrorsNotKept extends HttpServletResponseWrapper {

        ErrorsNotKept(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            forget(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            forget(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            forget(status);
            super.sendError(status, message);
        }

        private void forget(int status) {
            if (status >= 400) {
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/js/") || path.startsWith("/css/") || path.startsWith("/webjars/");
    }
}
