package dev.deliberate.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's filter chains, authentications and authorizations are not observed. An
 * observation wrapped each of the ~15 filters of every request: about a tenth of a launch's CPU
 * (docs/benchmarks.md), for timings nobody reads. The requests themselves are still timed
 * ({@code http.server.requests}), and launches and refusals are counted by reason code.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
