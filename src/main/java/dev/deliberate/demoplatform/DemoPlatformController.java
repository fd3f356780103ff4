package dev.deliberate.demoplatform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.demoplatform.DemoCourse.DemoPerson;
import dev.deliberate.shared.ToolUrls;

/**
 * The demo LMS: the course page with a Launch button per person, the OIDC authorization endpoint
 * that answers the tool's login with a signed id_token (form_post), and the platform's JWKS.
 */
@Controller
@Profile("demo")
class DemoPlatformController {

    private static final Logger log = LoggerFactory.getLogger(DemoPlatformController.class);
    static final String STORAGE_FRAME = "post_message_forwarding";

    private final DemoProperties properties;
    private final DemoKeys keys;
    private final MessageHints hints;
    private final IdTokens idTokens;
    private final ToolUrls tool;

    DemoPlatformController(DemoProperties properties, DemoKeys keys, MessageHints hints, IdTokens idTokens, ToolUrls tool) {
        this.properties = properties;
        this.keys = keys;
        this.hints = hints;
        this.idTokens = idTokens;
        this.tool = tool;
    }

    @GetMapping("/demo")
    ModelAndView course() {
        List<LaunchButton> students = DemoCourse.students().stream().map(this::button).toList();
        return new ModelAndView("demo/course", Map.of(
                "courseTitle", DemoCourse.TITLE,
                "linkTitle", DemoCourse.LINK_TITLE,
                "teacher", button(DemoCourse.TEACHER),
                "students", students,
                "loginUrl", tool.url("/lti/login"),
                "issuer", properties.issuer(),
                "clientId", properties.clientId(),
                "deploymentId", properties.deploymentId(),
                "targetLinkUri", tool.url("/lti/launch"),
                "storageFrame", STORAGE_FRAME));
    }

    /** OIDC authorization endpoint (implicit flow, form_post), as the tool's login redirects to it. */
    @RequestMapping(path = "/demo/authorize", method = { RequestMethod.GET, RequestMethod.POST })
    ModelAndView authorize(@RequestParam Map<String, String> params) {
        String redirectUri = params.get("redirect_uri");
        if (!properties.clientId().equals(params.get("client_id")) || !tool.url("/lti/launch").equals(redirectUri)) {
            log.warn("Demo platform refused an authorization request: client_id {} / redirect_uri {} not registered",
                    params.get("client_id"), redirectUri);
            return new ModelAndView("demo/refused", Map.of("reason", "unknown client_id or redirect_uri"), HttpStatus.BAD_REQUEST);
        }
        Optional<String> error = requestError(params);
        if (error.isPresent()) {
            return formPost(redirectUri, Map.of("error", error.get(), "error_description", "demo platform refused the request",
                    "state", params.getOrDefault("state", "")));
        }
        DemoPerson person = DemoCourse.person(params.get("login_hint")).orElseThrow();
        String idToken = idTokens.launch(person, params.get("nonce"), tool.url("/lti/launch"));
        return formPost(redirectUri, Map.of("id_token", idToken, "state", params.getOrDefault("state", "")));
    }

    @GetMapping(path = "/demo/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> jwks() {
        return keys.publicJwks();
    }

    /** The LMS side of LTI postMessage storage, in a hidden frame next to the tool's (as Canvas does). */
    @GetMapping("/demo/storage-frame")
    ModelAndView storageFrame() {
        return new ModelAndView("demo/storage-frame", Map.of("toolOrigin", tool.origin()));
    }

    private Optional<String> requestError(Map<String, String> params) {
        if (!"id_token".equals(params.get("response_type"))) {
            return Optional.of("unsupported_response_type");
        }
        if (!String.valueOf(params.get("scope")).contains("openid") || !"form_post".equals(params.get("response_mode"))
                || isBlank(params.get("nonce")) || isBlank(params.get("state"))) {
            return Optional.of("invalid_request");
        }
        Optional<String[]> hint = hints.read(params.get("lti_message_hint"));
        boolean known = DemoCourse.person(params.get("login_hint")).isPresent();
        if (!known || hint.isEmpty() || !hint.get()[0].equals(params.get("login_hint"))) {
            return Optional.of("login_required");
        }
        return Optional.empty();
    }

    private ModelAndView formPost(String action, Map<String, String> fields) {
        return new ModelAndView("demo/form-post", Map.of("action", action, "fields", fields));
    }

    private LaunchButton button(DemoPerson person) {
        return new LaunchButton(person.id(), person.name(), person.teacher(), person.locale(),
                hints.sign(person.id(), DemoCourse.LINK_ID));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** One person's launch form on the demo course page. */
    record LaunchButton(String personId, String name, boolean teacher, String locale, String messageHint) {
    }
}
