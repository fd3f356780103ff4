package dev.deliberate.course;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of the app's own pages. Identity comes only from a session token (see {@link SessionWeb});
 * teacher pages need the teacher role and student pages the student role of the launched course.
 * A forward from the launch carries the session it just created, so forwards are let through to
 * the handler, which reads that session.
 */
@Configuration(proxyBeanMethods = false)
class CourseSecurity {

    private static final Logger log = LoggerFactory.getLogger(CourseSecurity.class);

    @Bean
    @Order(100)
    SecurityFilterChain appPages(HttpSecurity http, SessionWeb sessions) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/teacher", "/teacher/**").hasRole("TEACHER")
                        .requestMatchers("/student", "/student/**").hasRole("STUDENT")
                        .anyRequest().authenticated())
                .addFilterBefore(new CourseSessionFilter(sessions), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            log.info("Page refused reason=SESSION_MISSING path={}", request.getRequestURI());
                            if (wantsJson(request)) {
                                problem(response, HttpStatus.UNAUTHORIZED, "The session has ended; open the assignment from the LMS again.");
                                return;
                            }
                            request.getRequestDispatcher("/session/ended").forward(request, response);
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            log.warn("Page refused reason=ROLE_FORBIDDEN path={}", request.getRequestURI());
                            if (wantsJson(request)) {
                                problem(response, HttpStatus.FORBIDDEN, "This session's role may not read this.");
                                return;
                            }
                            response.setStatus(HttpStatus.FORBIDDEN.value());
                            request.getRequestDispatcher("/session/forbidden").forward(request, response);
                        }))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /** The app's JSON endpoints (their paths end in {@code .json}) are refused with RFC 9457 problem JSON, not a page. */
    private static boolean wantsJson(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".json");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://deliberate.dev/problems/" + status.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
