package dev.deliberate.lti.launch;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An authentication response larger than the container will read as a form (a 1 MiB id_token) is
 * sent to {@link LaunchController#tooLarge} before anything reads its parameters, so the platform's
 * user gets the tool's reason page (TOKEN_TOO_LARGE) instead of the container's generic refusal.
 */
@Configuration(proxyBeanMethods = false)
class OversizedLaunches {

    static final String TOO_LARGE_PATH = "/lti/launch/too-large";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oversizedLaunchFilter(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit.toBytes()) {
                    request.getRequestDispatcher(TOO_LARGE_PATH).forward(request, response);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/lti/launch");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
