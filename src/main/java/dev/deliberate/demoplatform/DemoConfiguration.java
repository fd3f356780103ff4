package dev.deliberate.demoplatform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Wires the demo platform. Its pages stand for an LMS anyone may use, so they are open; what
 * protects the tool is the tool's own launch validation, exactly as with a real platform.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

    @Bean
    MessageHints demoMessageHints(DemoKeys keys) {
        return new MessageHints(keys);
    }

    @Bean
    IdTokens demoIdTokens(DemoKeys keys, DemoProperties properties, Clock clock) {
        return new IdTokens(keys, properties, clock);
    }

    @Bean
    @Order(30)
    SecurityFilterChain demoPlatform(HttpSecurity http) throws Exception {
        return http.securityMatcher("/demo", "/demo/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }
}
