package dev.deliberate.course;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Restores the session of each request from its token, before authorization decides. */
class CourseSessionFilter extends OncePerRequestFilter {

    private final SessionWeb sessions;

    CourseSessionFilter(SessionWeb sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        sessions.resume(request, response);
        chain.doFilter(request, response);
    }
}
