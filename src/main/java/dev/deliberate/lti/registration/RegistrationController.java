package dev.deliberate.lti.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.lti.registration.RegistrationRefused.Reason;
import dev.deliberate.shared.RandomTokens;
import dev.deliberate.shared.RateLimit;
import dev.deliberate.shared.web.Framing;

/**
 * {@code /lti/register}: the page an LMS opens for Dynamic Registration. GET shows the
 * administrator which platform is asking and what the tool will request; POST registers and ends
 * with the page that tells the LMS to close it ({@code org.imsglobal.lti.close}). Each request
 * makes the tool call the address it names, so one remote address gets a few per minute.
 */
@Controller
class RegistrationController {

    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);

    private final DynamicRegistration registration;
    private final ToolDescription tool;
    private final RateLimit perAddress;

    RegistrationController(DynamicRegistration registration, ToolDescription tool,
            RegistrationProperties properties, Clock clock) {
        this.registration = registration;
        this.tool = tool;
        this.perAddress = new RateLimit(properties.perMinute(), Duration.ofMinutes(1), clock);
    }

    /*
     * LTI DR 1.0 registration initiation: the LMS opens these pages (Canvas and Moodle in an iframe)
     * before it is registered, so the frame-ancestors built from the registry would hide them from
     * the very LMS being registered: each handler lets the origin that serves the configuration frame
     * them too (Framing.alsoFramedBy). A site can thus frame the page only for a configuration it
     * serves itself, never for another LMS's.
     */
    @GetMapping("/lti/register")
    ModelAndView confirm(@RequestParam(name = "openid_configuration", required = false) String configuration,
            @RequestParam(name = "registration_token", required = false) String token, HttpServletRequest request,
            HttpServletResponse response) {
        Framing.alsoFramedBy(request, configuration);
        withinRate(request);
        PlatformConfiguration platform = registration.inspect(configuration, token);
        return new ModelAndView("lti/register", Map.of("platform", platform, "configuration", configuration,
                "token", token == null ? "" : token, "tool", tool, "scopes", ToolDescription.SCOPES));
    }

    @PostMapping("/lti/register")
    ModelAndView register(@RequestParam(name = "openid_configuration", required = false) String configuration,
            @RequestParam(name = "registration_token", required = false) String token, HttpServletRequest request,
            HttpServletResponse response) {
        Framing.alsoFramedBy(request, configuration);
        withinRate(request);
        DynamicRegistration.Registered registered = registration.register(configuration, token);
        return new ModelAndView("lti/registered", Map.of("registered", registered, "platform", registered.platform()));
    }

    @ExceptionHandler(RegistrationRefused.class)
    ModelAndView refused(RegistrationRefused refused, HttpServletRequest request, HttpServletResponse response) {
        Framing.alsoFramedBy(request, request.getParameter("openid_configuration"));
        String incident = RandomTokens.bytes(6);
        log.warn("Dynamic registration refused reason={} incident={} remote={} detail={}", refused.reason(), incident,
                request.getRemoteAddr(), refused.getMessage());
        if (refused.reason() == Reason.RATE_LIMITED) {
            response.setHeader("Retry-After", "60");
        }
        return new ModelAndView("lti/registration-error", Map.of("reason", refused.reason().name(), "incident", incident),
                HttpStatusCode.valueOf(refused.reason().status()));
    }

    private void withinRate(HttpServletRequest request) {
        if (!perAddress.tryAcquire(request.getRemoteAddr())) {
            throw new RegistrationRefused(Reason.RATE_LIMITED, "more than the allowed registration requests in a minute");
        }
    }
}
