package dev.deliberate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * Real signed launches from a test LMS of its own, each with the claims a test chooses (names,
 * course and link titles, custom parameters) on top of a valid student launch; nothing in the tool
 * is bypassed.
 */
public final class ClaimedLaunches implements AutoCloseable {

    private final String baseUrl;
    private final TestPlatform platform;

    public ClaimedLaunches(String baseUrl, PlatformRegistry registry, Clock clock) {
        this.baseUrl = baseUrl;
        this.platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
    }

    /** A fresh person (new sub) launched with {@code claims} applied to a student launch's claims. */
    public Launched launch(UnaryOperator<JWTClaimsSet.Builder> claims) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "user-" + UUID.randomUUID());
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", platform.clientId());
        Login login = browser.loginByGet(params);
        JWTClaimsSet.Builder builder = platform.launchClaims(login.nonce(), baseUrl + "/lti/launch")
                .subject("user-" + UUID.randomUUID());
        Reply reply = browser.launch(platform.sign(claims.apply(builder).build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Launched(browser, reply, reply.header("X-Deliberate-Session").orElseThrow());
    }

    /** The test LMS the launches come from. */
    public TestPlatform platform() {
        return platform;
    }

    @Override
    public void close() {
        platform.close();
    }
}
