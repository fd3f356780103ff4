package dev.deliberate.lti.launch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.shared.QueryStrings;
import dev.deliberate.shared.RandomTokens;

/**
 * Turns a refused login or launch into a page the iframe can show: what went wrong, the reason
 * code, an incident id to find the log line, and what the student or administrator can do. The
 * refusal is logged with the same reason code; nothing about it is stored.
 */
@ControllerAdvice(assignableTypes = { LoginInitiationController.class, LaunchController.class })
class LaunchErrorPages {

    private static final Logger log = LoggerFactory.getLogger(LaunchErrorPages.class);

    private final PlatformRegistry registry;
    private final MeterRegistry meters;

    LaunchErrorPages(PlatformRegistry registry, MeterRegistry meters) {
        this.registry = registry;
        this.meters = meters;
    }

    @ExceptionHandler(LtiLaunchError.class)
    ModelAndView refused(LtiLaunchError error, HttpServletRequest request) {
        String incident = RandomTokens.bytes(6);
        log.warn("LTI launch refused reason={} incident={} step={} detail={}", error.reason(), incident,
                request.getRequestURI(), error.getMessage());
        meters.counter("deliberate.launches", "outcome", "refused", "reason", error.reason().name(), "role", "NONE").increment();
        Map<String, Object> model = new HashMap<>();
        model.put("reason", error.reason().name());
        model.put("category", error.reason().category().name());
        model.put("incident", incident);
        if (error.state() != null && error.reason().category() == ReasonCode.Category.BROWSER) {
            newWindowUrl(error.state()).ifPresent(url -> model.put("newWindowUrl", url));
        }
        return new ModelAndView("lti/error", model, error.reason().status());
    }

    /** The same login, started again outside the iframe where first-party cookies work. */
    private java.util.Optional<String> newWindowUrl(LoginState state) {
        return registry.find(state.platformId()).map(platform -> {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("iss", platform.issuer());
            params.put("client_id", platform.clientId());
            params.put("login_hint", state.loginHint());
            params.put("target_link_uri", state.targetLinkUri());
            params.put("lti_message_hint", state.ltiMessageHint());
            params.put("lti_deployment_id", state.deploymentHint());
            return QueryStrings.append("/lti/login", params);
        });
    }
}
