package dev.deliberate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * One launch's log lines share its correlation id: the login initiation, the launch that comes
 * back through the LMS, and the later requests of the session it started. A proxy's safe
 * {@code X-Request-Id} becomes that id; an unsafe one is not printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class LaunchCorrelationTests extends IntegrationTestSupport {

    private static final Pattern CID = Pattern.compile("\\[cid=([^\\]]*)\\]");

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    PlatformRegistry registry;

    private TestPlatform lms;

    @BeforeEach
    void registerPlatform() {
        lms = TestPlatform.create(clock);
        registry.save(lms.settings(), PlatformSource.ADMIN_API);
    }

    @AfterEach
    void stopPlatform() {
        lms.close();
    }

    @Test
    void theLoginTheLaunchAndTheSessionsRequestsLogUnderOneNewId(CapturedOutput output) {
        launchAndStrayIntoTheTeachersPage(Map.of());

        String id = cidOf(lineWith(output, "LTI login initiated iss=" + lms.issuer()));
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(cidOf(lineWith(output, "LTI launch accepted iss=" + lms.issuer()))).isEqualTo(id);
        assertThat(cidOf(lineWith(output, "Page refused reason=ROLE_FORBIDDEN"))).as("a later request of the session").isEqualTo(id);
    }

    @Test
    void aSafeRequestIdFromAProxyBecomesTheLaunchsId(CapturedOutput output) {
        launchAndStrayIntoTheTeachersPage(Map.of("X-Request-Id", "lb-7f3a9c2e-0001"));

        assertThat(cidOf(lineWith(output, "LTI login initiated iss=" + lms.issuer()))).isEqualTo("lb-7f3a9c2e-0001");
        assertThat(cidOf(lineWith(output, "LTI launch accepted iss=" + lms.issuer()))).isEqualTo("lb-7f3a9c2e-0001");
        assertThat(cidOf(lineWith(output, "Page refused reason=ROLE_FORBIDDEN"))).isEqualTo("lb-7f3a9c2e-0001");
    }

    @Test
    void anUnsafeRequestIdIsNeverPrinted(CapturedOutput output) {
        launchAndStrayIntoTheTeachersPage(Map.of("X-Request-Id", "evil ${jndi:x} id"));

        assertThat(output.getOut()).doesNotContain("jndi");
        assertThat(cidOf(lineWith(output, "LTI login initiated iss=" + lms.issuer()))).matches("[0-9a-f]{16}");
    }

    private void launchAndStrayIntoTheTeachersPage(Map<String, String> loginHeaders) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Login login = new Login(browser.get("/lti/login?" + LaunchClient.encode(lms.loginParameters(baseUrl)), loginHeaders));
        Reply landing = browser.launch(lms.sign(lms.launchClaims(login.nonce(), baseUrl + "/lti/launch").build()), login.state());
        assertThat(landing.status()).isEqualTo(200);
        String session = landing.header("X-Deliberate-Session").orElseThrow();
        Reply refused = new LaunchClient(baseUrl, false).get("/teacher", Map.of("X-Deliberate-Session", session,
                "X-Request-Id", "another-request-9999"));
        assertThat(refused.status()).isEqualTo(403);
    }

    /** The last captured line containing {@code text}. */
    private static String lineWith(CapturedOutput output, String text) {
        List<String> lines = output.getOut().lines().filter(line -> line.contains(text)).toList();
        assertThat(lines).as("a log line with " + text).isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    private static String cidOf(String line) {
        Matcher cid = CID.matcher(line);
        assertThat(cid.find()).as("a correlation id in " + line).isTrue();
        return cid.group(1);
    }
}
