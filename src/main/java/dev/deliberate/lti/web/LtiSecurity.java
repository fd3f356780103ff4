package dev.deliberate.lti.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.deliberate.lti.AdminProperties;
import dev.deliberate.shared.RateLimit;

/**
 * Security of the protocol endpoints and of the operator's admin API. LTI endpoints are reached by
 * cross-site form posts by design, so they rely on state, nonce and signed tokens, not on CSRF
 * tokens or sessions. The admin API takes Basic credentials and JSON only, and keeps no session;
 * an address that keeps sending wrong credentials is refused for the rest of the minute, so the
 * operator password cannot be guessed at the speed of the network.
 */
@Configuration(proxyBeanMethods = false)
class LtiSecurity {

    private static final Logger log = LoggerFactory.getLogger(LtiSecurity.class);

    @Bean
    @Order(10)
    SecurityFilterChain ltiEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher("/lti/**", "/.well-known/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain adminApi(HttpSecurity http, AdminProperties admin, Clock clock) throws Exception {
        RateLimit failures = new RateLimit(admin.failuresPerMinute(), Duration.ofMinutes(1), clock);
        return http.securityMatcher("/admin/**", "/actuator/**")
                .addFilterBefore(new GuessingStop(failures), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole("OPERATOR"))
                .authenticationManager(new ProviderManager(new AdminAuthentication(admin)))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    String reason = admin.enabled() ? "ADMIN_AUTH_FAILED" : "ADMIN_API_CLOSED";
                    if (admin.enabled() && request.getHeader("Authorization") != null) {
                        failures.tryAcquire(request.getRemoteAddr());
                    }
                    log.warn("Admin API refused reason={} path={} remote={}", reason, request.getRequestURI(),
                            request.getRemoteAddr());
                    if (admin.enabled()) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"deliberate-admin\"");
                        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                "Give the operator's credentials (user admin, password DELIBERATE_ADMIN_PASSWORD).");
                    }
                    else {
                        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "admin-api-closed", "Admin API closed",
                                "Set DELIBERATE_ADMIN_PASSWORD to open the admin API.");
                    }
                }))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** Refuses every admin request from an address that has used up its wrong credentials for the minute. */
    private static final class GuessingStop extends OncePerRequestFilter {

        private final RateLimit failures;

        GuessingStop(RateLimit failures) {
            this.failures = failures;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")
                    || request.getRequestURI().equals(request.getContextPath() + "/actuator/info");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (failures.exhausted(request.getRemoteAddr())) {
                log.warn("Admin API refused reason=ADMIN_RATE_LIMITED path={} remote={}", request.getRequestURI(),
                        request.getRemoteAddr());
                response.setHeader("Retry-After", "60");
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failures", "Too many failed sign-ins",
                        "This address sent wrong operator credentials too often; wait a minute before trying again.");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
