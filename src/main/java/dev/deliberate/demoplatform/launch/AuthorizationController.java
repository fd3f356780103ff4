package dev.deliberate.demoplatform.launch;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.demoplatform.client.ToolClients;
import dev.deliberate.demoplatform.client.UsedValues;
import dev.deliberate.demoplatform.course.DemoCourse;
import dev.deliberate.demoplatform.course.DemoLink;
import dev.deliberate.demoplatform.course.DemoLinks;
import dev.deliberate.demoplatform.course.DemoPerson;
import dev.deliberate.shared.web.Framing;

/**
 * The OIDC authorization endpoint (LTI Security Framework, OpenID Connect launch flow: implicit flow with form_post), as
 * the tool's login initiation redirects to it: checks the request and the platform's own launch
 * hint, then posts a signed id_token back to the tool's redirect_uri.
 */
@Controller
@Profile("demo")
class AuthorizationController {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationController.class);
    private static final Duration HINT_REMEMBERED = Duration.ofDays(1);

    private final ToolClients clients;
    private final DemoLinks links;
    private final LaunchHints hints;
    private final IdTokens idTokens;
    private final UsedValues usedHints;
    private final DemoProperties properties;
    private final Clock clock;

    AuthorizationController(ToolClients clients, DemoLinks links, LaunchHints hints, IdTokens idTokens, UsedValues usedHints,
            DemoProperties properties, Clock clock) {
        this.clients = clients;
        this.links = links;
        this.hints = hints;
        this.idTokens = idTokens;
        this.usedHints = usedHints;
        this.properties = properties;
        this.clock = clock;
    }

    @RequestMapping(path = "/demo/authorize", method = { RequestMethod.GET, RequestMethod.POST })
    ModelAndView authorize(@RequestParam Map<String, String> params, HttpServletRequest request) {
        String redirectUri = params.get("redirect_uri");
        Optional<ToolClient> client = clients.find(params.get("client_id"))
                .filter(c -> c.redirectUris().contains(redirectUri));
        if (client.isEmpty()) {
            // OIDC Core 3.1.2.6: with an unknown client or redirect_uri, answer here and never redirect
            log.warn("Demo platform refused an authorization request: client_id {} / redirect_uri {} not registered",
                    params.get("client_id"), redirectUri);
            return new ModelAndView("demo/refused", Map.of("reason", "unknown client_id or redirect_uri"), HttpStatus.BAD_REQUEST);
        }
        if (properties.likeMoodle() && !firstUse(params.get("lti_message_hint"), client.get())) {
            // Moodle 4.3's auth.php reads the launch from the session and unsets it: a second answer is "Invalid request"
            log.warn("Demo platform refused an authorization request: launch hint already answered (like Moodle 4.3)");
            return new ModelAndView("demo/refused", Map.of("reason", "Invalid request: this launch was already used. "
                    + "Like Moodle 4.3, this LMS answers each launch once; open the activity again from the course page."),
                    HttpStatus.BAD_REQUEST);
        }
        String state = params.getOrDefault("state", "");
        Optional<String> requestError = requestError(params);
        Launch launch = requestError.isPresent() ? null : launch(params, client.get());
        Optional<String> error = requestError.or(() -> launch.error());
        if (error.isPresent()) {
            log.warn("Demo platform refused an authorization request error={}", error.get());
            return formPost(redirectUri, Map.of("error", error.get(), "error_description", "demo platform refused the request",
                    "state", state), request);
        }
        String idToken = launch.hint().messageType() == MessageType.LtiDeepLinkingRequest
                ? idTokens.deepLinking(client.get(), launch.person(), params.get("nonce"))
                : idTokens.resourceLink(client.get(), launch.person(), launch.link(), params.get("nonce"));
        return formPost(redirectUri, Map.of("id_token", idToken, "state", state), request);
    }

    private boolean firstUse(String sealedHint, ToolClient client) {
        return hints.open(sealedHint)
                .map(hint -> usedHints.firstUse("lti_message_hint", client.clientId(), hint.launchId(),
                        clock.instant().plus(HINT_REMEMBERED)))
                .orElse(true);
    }

    private static Optional<String> requestError(Map<String, String> params) {
        if (!"id_token".equals(params.get("response_type"))) {
            return Optional.of("unsupported_response_type");
        }
        boolean openid = String.valueOf(params.get("scope")).contains("openid");
        if (!openid || !"form_post".equals(params.get("response_mode")) || isBlank(params.get("nonce"))
                || isBlank(params.get("state"))) {
            return Optional.of("invalid_request");
        }
        return Optional.empty();
    }

    /**
     * What the platform's own hint says is launched, read once: who, and (for a resource link) which
     * link. The launch must be one the platform offered: its hint, for this person, through this client.
     */
    private Launch launch(Map<String, String> params, ToolClient client) {
        Optional<LaunchHint> hint = hints.open(params.get("lti_message_hint"))
                .filter(h -> h.personId().equals(params.get("login_hint")) && h.clientId().equals(client.clientId()));
        DemoPerson person = hint.flatMap(h -> DemoCourse.person(h.personId())).orElse(null);
        DemoLink link = hint.isEmpty() || hint.get().messageType() == MessageType.LtiDeepLinkingRequest ? null
                : links.find(hint.get().linkId()).filter(l -> l.clientId().equals(client.clientId())).orElse(null);
        return new Launch(hint.orElse(null), person, link);
    }

    private record Launch(LaunchHint hint, DemoPerson person, DemoLink link) {

        Optional<String> error() {
            if (person == null) {
                return Optional.of("login_required");
            }
            if (hint.messageType() == MessageType.LtiDeepLinkingRequest) {
                return person.teacher() ? Optional.empty() : Optional.of("access_denied");
            }
            return link != null ? Optional.empty() : Optional.of("invalid_request");
        }
    }

    private static ModelAndView formPost(String action, Map<String, String> fields, HttpServletRequest request) {
        Framing.reaches(request, action);
        return new ModelAndView("demo/form-post", Map.of("action", action, "fields", fields));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
