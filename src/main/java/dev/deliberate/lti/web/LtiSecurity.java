package dev.deliberate.lti.web;

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

import dev.deliberate.lti.AdminProperties;

/**
 * Security of the protocol endpoints and of the operator's admin API. LTI endpoints are reached by
 * cross-site form posts by design, so they rely on state, nonce and signed tokens, not on CSRF
 * tokens or sessions. The admin API takes Basic credentials and JSON only, and keeps no session.
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
                .headers(headers -> headers.frameOptions(frame -> frame.disable()))
                .build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain adminApi(HttpSecurity http, AdminProperties admin) throws Exception {
        return http.securityMatcher("/admin/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole("OPERATOR"))
                .authenticationManager(new ProviderManager(new AdminAuthentication(admin)))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    String reason = admin.enabled() ? "ADMIN_AUTH_FAILED" : "ADMIN_API_CLOSED";
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
}
