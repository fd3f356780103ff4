package dev.deliberate.lti.launch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.shared.Correlation;
import dev.deliberate.shared.IframeCookies;
import dev.deliberate.shared.Origins;
import dev.deliberate.shared.web.Framing;
import dev.deliberate.shared.QueryStrings;
import dev.deliberate.shared.RandomTokens;
import dev.deliberate.shared.ToolUrls;

/**
 * Step 1 of the launch: OIDC third-party initiated login (GET or POST). Remembers a fresh state and
 * nonce, binds the state to this browser (a cookie, and the platform's postMessage storage when the
 * platform offers it) and sends the browser to the platform's authorization endpoint.
 */
@Controller
class LoginInitiationController {

    private static final Logger log = LoggerFactory.getLogger(LoginInitiationController.class);

    private final PlatformRegistry registry;
    private final LoginStates states;
    private final IframeCookies cookies;
    private final ToolUrls urls;
    private final LtiProperties properties;
    private final Clock clock;

    LoginInitiationController(PlatformRegistry registry, LoginStates states, IframeCookies cookies, ToolUrls urls,
            LtiProperties properties, Clock clock) {
        this.registry = registry;
        this.states = states;
        this.cookies = cookies;
        this.urls = urls;
        this.properties = properties;
        this.clock = clock;
    }

    @RequestMapping(path = "/lti/login", method = { RequestMethod.GET, RequestMethod.POST })
    ModelAndView login(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response) {
        LoginRequest login = LoginRequest.from(params);
        // the browser is sent back to target_link_uri: only this tool's own pages, never an open redirect
        if (!Origins.find(login.targetLinkUri()).map(urls.origin()::equals).orElse(false)) {
            throw new LtiLaunchError(ReasonCode.LOGIN_TARGET_LINK_URI_FOREIGN,
                    "target_link_uri " + login.targetLinkUri() + " is not on " + urls.origin());
        }
        Registration platform = platformFor(login);
        Framing.byPlatform(request, platform.id());
        if (login.deploymentId() != null && !platform.acceptsDeployment(login.deploymentId())) {
            throw new LtiLaunchError(ReasonCode.LOGIN_DEPLOYMENT_UNKNOWN, "deployment " + login.deploymentId()
                    + " is not registered for " + platform.issuer() + " / " + platform.clientId());
        }
        LoginState state = remember(login, platform);
        cookies.set(response, state.cookieName(), state.state(), "/lti", properties.stateTtl());
        String authorization = authorizationUrl(platform, login, state);
        if (login.storageTarget() == null) {
            RedirectView redirect = new RedirectView(authorization);
            redirect.setExpandUriTemplateVariables(false);
            return new ModelAndView(redirect);
        }
        return new ModelAndView("lti/storage-login", Map.of(
                "authorizationUrl", authorization,
                "storage", PlatformStorage.of(login.storageTarget(), platform, state, properties)));
    }

    private Registration platformFor(LoginRequest request) {
        if (request.clientId() != null) {
            return registry.find(request.issuer(), request.clientId())
                    .orElseThrow(() -> new LtiLaunchError(ReasonCode.PLATFORM_UNKNOWN,
                            "no registration for issuer " + request.issuer() + " and client_id " + request.clientId()));
        }
        List<Registration> candidates = registry.findByIssuer(request.issuer());
        if (candidates.isEmpty()) {
            throw new LtiLaunchError(ReasonCode.PLATFORM_UNKNOWN, "no registration for issuer " + request.issuer());
        }
        if (candidates.size() > 1) {
            throw new LtiLaunchError(ReasonCode.PLATFORM_AMBIGUOUS, candidates.size() + " registrations for issuer "
                    + request.issuer() + " and the login names no client_id");
        }
        return candidates.get(0);
    }

    private LoginState remember(LoginRequest request, Registration platform) {
        Instant now = clock.instant();
        LoginState state = new LoginState(RandomTokens.next(), RandomTokens.next(), platform.id(),
                request.targetLinkUri(), request.loginHint(), request.ltiMessageHint(), request.deploymentId(),
                request.storageTarget(), now, now.plus(properties.stateTtl()), null, Correlation.currentOrNew());
        states.save(state);
        log.info("LTI login initiated iss={} client_id={} deployment={}", platform.issuer(), platform.clientId(),
                request.deploymentId());
        return state;
    }

    // SF 5.1.1.2: scope, response_type, client_id, redirect_uri, login_hint, state, response_mode, nonce, prompt
    private String authorizationUrl(Registration platform, LoginRequest request, LoginState state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", platform.clientId());
        params.put("redirect_uri", urls.url("/lti/launch"));
        params.put("login_hint", request.loginHint());
        params.put("state", state.state());
        params.put("nonce", state.nonce());
        params.put("lti_message_hint", request.ltiMessageHint());
        return QueryStrings.append(platform.authorizationEndpoint(), params);
    }

}
