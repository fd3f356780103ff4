package dev.deliberate.lti.launch;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.lti.LaunchHandler;
import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.deeplinking.DeepLinkingRequests;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.shared.Correlation;
import dev.deliberate.shared.IframeCookies;
import dev.deliberate.shared.TransactionManagers;
import dev.deliberate.shared.ToolUrls;
import dev.deliberate.shared.web.Framing;

/**
 * Step 3 of the launch: the platform's authentication response ({@code id_token} and {@code state},
 * form_post). The state must be known, unexpired, unused and bound to this browser; the id_token
 * must pass every check. Only then is the state consumed and the launch handed to the application,
 * in one transaction: a refused launch creates nothing.
 */
@Controller
class LaunchController {

    private static final Logger log = LoggerFactory.getLogger(LaunchController.class);
    private static final int MAX_STATE_LENGTH = 64;

    private final LoginStates states;
    private final PlatformRegistry registry;
    private final IdTokenValidator validator;
    private final LaunchHandler handler;
    private final DeepLinkingRequests deepLinkingRequests;
    private final TransactionTemplate transactions;
    private final IframeCookies cookies;
    private final ToolUrls urls;
    private final LtiProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    LaunchController(LoginStates states, PlatformRegistry registry, IdTokenValidator validator, LaunchHandler handler,
            DeepLinkingRequests deepLinkingRequests, @Qualifier(TransactionManagers.JDBC) PlatformTransactionManager transactionManager,
            IframeCookies cookies,
            ToolUrls urls, LtiProperties properties, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.states = states;
        this.registry = registry;
        this.validator = validator;
        this.handler = handler;
        this.deepLinkingRequests = deepLinkingRequests;
        // the pool runs read committed (application.yml): rows another launch inserted a moment ago
        // (the course, the person) are visible, and upserts take no gap locks. Every record of a launch
        // is written with JDBC: no JPA session is opened for it
        this.transactions = new TransactionTemplate(transactionManager);
        this.cookies = cookies;
        this.urls = urls;
        this.properties = properties;
        this.clock = clock;
    }

    /** A form too large to read (see {@link OversizedLaunches}): refused on its size, nothing of it read. */
    @PostMapping(OversizedLaunches.TOO_LARGE_PATH)
    ModelAndView tooLarge(HttpServletRequest request) {
        throw new LtiLaunchError(ReasonCode.TOKEN_TOO_LARGE, "an authentication response of " + request.getContentLengthLong() + " bytes");
    }

    @PostMapping("/lti/launch")
    ModelAndView launch(@RequestParam(name = "id_token", required = false) String idToken,
            @RequestParam(required = false) String state,
            @RequestParam(name = "lti_storage_state", required = false) String storageState,
            HttpServletRequest request, HttpServletResponse response) {
        if (idToken == null || idToken.isBlank()) {
            throw new LtiLaunchError(ReasonCode.ID_TOKEN_MISSING, "no id_token in the authentication response");
        }
        LoginState login = findState(state);
        Framing.byPlatform(request, login.platformId());
        Registration platform = registry.find(login.platformId())
                .orElseThrow(() -> new LtiLaunchError(ReasonCode.PLATFORM_UNKNOWN, "registration " + login.platformId() + " was removed"));
        Binding binding = binding(login, platform, request, storageState);
        if (binding == Binding.NONE) {
            if (login.storageTarget() != null && storageState == null) {
                return checkPlatformStorage(login, platform, idToken, state);
            }
            throw new LtiLaunchError(ReasonCode.STATE_NOT_BOUND, notBound(storageState, request)).withState(login);
        }
        Instant now = clock.instant();
        LtiLaunch launch;
        LaunchMapper.DeepLinkingClaim deepLinking;
        try {
            ClaimReader claims = validator.validate(idToken, new LaunchExpectations(platform, login, now,
                    properties.clockSkew(), urls.origin(), states::nonceUsed));
            launch = LaunchMapper.toLaunch(claims, platform);
            deepLinking = LaunchMapper.deepLinking(claims);
        }
        catch (LtiLaunchError refused) {
            states.burn(login.state());
            throw refused;
        }
        cookies.clear(response, login.cookieName(), "/lti");
        if (!platform.hasDeployment(launch.deploymentId())) {
            // a dynamic registration whose platform names its deployment only now, in a launch it signed
            registry.addDeployment(platform.id(), launch.deploymentId());
            log.info("LTI deployment adopted reason=DEPLOYMENT_ADOPTED iss={} client_id={} deployment={}", platform.issuer(),
                    platform.clientId(), launch.deploymentId());
        }
        String view;
        try {
            view = record(login, launch, deepLinking, request, response);
        }
        catch (TransientDataAccessException deadlockWithAConcurrentLaunch) {
            view = record(login, launch, deepLinking, request, response);
        }
        log.info("LTI launch accepted iss={} client_id={} deployment={} role={} binding={}", platform.issuer(),
                platform.clientId(), launch.deploymentId(), launch.role(), binding);
        meters.counter("deliberate.launches", "outcome", "accepted", "reason", "NONE", "role", String.valueOf(launch.role())).increment();
        return new ModelAndView(view);
    }

    /**
     * A plain GET of the launch address: Moodle sends one when a teacher saves an activity, and a
     * person may follow a bookmark. Nothing to refuse or log; the page says where launches start.
     */
    @GetMapping("/lti/launch")
    ModelAndView probe() {
        return new ModelAndView("lti/launch-address");
    }

    /** Consumes the state and records the launch (and a Deep Linking request) in one transaction: all, or nothing. */
    private String record(LoginState login, LtiLaunch launch, LaunchMapper.DeepLinkingClaim deepLinking, HttpServletRequest request,
            HttpServletResponse response) {
        return transactions.execute(tx -> {
            if (!states.consume(login.state())) {
                throw new LtiLaunchError(ReasonCode.STATE_REPLAYED, "state used by a concurrent launch");
            }
            LtiLaunch recorded = launch;
            if (deepLinking != null) {
                String id = deepLinkingRequests.save(launch.platform().id(), launch.deploymentId(), launch.context().id(),
                        deepLinking.returnUrl(), deepLinking.data(), deepLinking.acceptMultiple(), deepLinking.title());
                recorded = launch.withDeepLinking(new LtiLaunch.DeepLinking(id, deepLinking.title(), deepLinking.acceptMultiple()));
            }
            return handler.onLaunch(recorded, request, response);
        });
    }

    private LoginState findState(String state) {
        if (state == null || state.isBlank()) {
            throw new LtiLaunchError(ReasonCode.STATE_MISSING, "no state in the authentication response");
        }
        if (state.length() > MAX_STATE_LENGTH) {
            throw new LtiLaunchError(ReasonCode.STATE_UNKNOWN, "state of " + state.length() + " characters was never issued");
        }
        LoginState login = states.find(state)
                .orElseThrow(() -> new LtiLaunchError(ReasonCode.STATE_UNKNOWN, "state was never issued or is long gone"));
        // the launch, its refusal and the session it starts log under the id its login was given
        Correlation.use(login.correlationId());
        if (login.consumed()) {
            throw new LtiLaunchError(ReasonCode.STATE_REPLAYED, "state already used at " + login.consumedAt());
        }
        if (login.expiredAt(clock.instant())) {
            throw new LtiLaunchError(ReasonCode.STATE_EXPIRED, "state expired at " + login.expiresAt()).withState(login);
        }
        return login;
    }

    /**
     * SF 5.1.1.5: the state comes back to the browser that started the login: its cookie, the
     * platform's postMessage storage, or, where the browser dropped the cookie and the platform
     * offers no storage (Moodle 4.3), a form posted by the platform's own authorization page
     * ({@link PlatformOrigin}; the argument is in docs/security.md).
     */
    private static Binding binding(LoginState login, Registration platform, HttpServletRequest request, String storageState) {
        boolean cookie = IframeCookies.read(request, login.cookieName()).map(login.state()::equals).orElse(false);
        if (cookie) {
            return Binding.COOKIE;
        }
        if (storageState != null && !storageState.isEmpty() && login.storageTarget() != null) {
            if (!storageState.equals(login.state())) {
                throw new LtiLaunchError(ReasonCode.STATE_STORAGE_MISMATCH, "platform storage holds another state");
            }
            return Binding.PLATFORM_STORAGE;
        }
        if (storageState == null && login.storageTarget() == null && PlatformOrigin.posted(request, platform)) {
            return Binding.PLATFORM_ORIGIN;
        }
        return Binding.NONE;
    }

    private static String notBound(String storageState, HttpServletRequest request) {
        if (storageState != null) {
            return "state cookie missing and the platform storage did not answer";
        }
        return "state cookie missing, no postMessage storage, and the form came from "
                + PlatformOrigin.describe(request) + ", not from the platform's authorization endpoint";
    }

    /** How the state was tied to the browser: its cookie, the platform's postMessage storage, or the platform's own page. */
    private enum Binding {
        COOKIE, PLATFORM_STORAGE, PLATFORM_ORIGIN, NONE
    }

    private ModelAndView checkPlatformStorage(LoginState login, Registration platform, String idToken, String state) {
        return new ModelAndView("lti/storage-launch", Map.of(
                "idToken", idToken,
                "state", state,
                "storage", PlatformStorage.of(login.storageTarget(), platform, login, properties)));
    }
}
