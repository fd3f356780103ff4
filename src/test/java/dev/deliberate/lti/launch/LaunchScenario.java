package dev.deliberate.lti.launch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestClock;
import dev.deliberate.testing.TestPlatform;

/**
 * One launch attempt against the running tool: a browser that started a login, the platform that
 * will answer it, and helpers to send forged or genuine id_tokens back.
 */
final class LaunchScenario {

    final String baseUrl;
    final TestClock clock;
    final TestPlatform platform;
    final LaunchClient browser;
    final Login login;
    private final Supplier<Map<String, Long>> counter;
    private Map<String, Long> baseline;

    LaunchScenario(String baseUrl, TestClock clock, TestPlatform platform, Supplier<Map<String, Long>> counter) {
        this(baseUrl, clock, platform, counter, false);
    }

    LaunchScenario(String baseUrl, TestClock clock, TestPlatform platform, Supplier<Map<String, Long>> counter,
            boolean storage) {
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.platform = platform;
        this.counter = counter;
        this.baseline = counter.get();
        this.browser = new LaunchClient(baseUrl, true);
        this.login = storage ? browser.loginByPost(loginParams(Map.of("lti_storage_target", "post_message_forwarding")))
                : browser.loginByGet(loginParams(Map.of()));
    }

    Map<String, String> loginParams(Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "hint-42");
        params.put("target_link_uri", target());
        params.put("client_id", platform.clientId());
        params.put("lti_deployment_id", platform.deployment());
        params.putAll(extra);
        return params;
    }

    String target() {
        return baseUrl + "/lti/launch";
    }

    String state() {
        return login.state();
    }

    String nonce() {
        return login.nonce();
    }

    JWTClaimsSet.Builder claims() {
        return platform.launchClaims(nonce(), target());
    }

    Reply post(String idToken) {
        return browser.launch(idToken, state());
    }

    Reply postClaims(JWTClaimsSet.Builder claims) {
        return post(platform.sign(claims.build()));
    }

    /** A genuine launch from a new login in the same browser; returns its id_token and state. */
    String[] completeGenuineLaunch() {
        Login other = browser.loginByGet(loginParams(Map.of()));
        String token = platform.sign(platform.launchClaims(other.nonce(), target()).build());
        Reply reply = browser.launch(token, other.state());
        if (reply.status() != 200) {
            throw new AssertionError("genuine launch failed: " + reply.reason().orElse(reply.body()));
        }
        return new String[] { token, other.state() };
    }

    /** Counts rows from now on, after a step that legitimately created some. */
    void resetBaseline() {
        baseline = counter.get();
    }

    Map<String, Long> baseline() {
        return baseline;
    }
}
