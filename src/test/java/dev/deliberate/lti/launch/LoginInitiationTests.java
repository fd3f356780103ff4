package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/** Login initiations the tool must refuse before it sends anyone to a platform, by GET and by POST. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginInitiationTests extends IntegrationTestSupport {

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform platform;
    TestPlatform twin;

    @BeforeAll
    void register() {
        platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
        twin = new TestPlatform(platform.issuer(), platform.clientId() + "-second", List.of("d"), clock);
        registry.save(twin.settings(), PlatformSource.ADMIN_API);
    }

    @AfterAll
    void stop() {
        platform.close();
        twin.close();
    }

    static Stream<Arguments> badLogins() {
        return Stream.of(
                Arguments.of("no iss", Map.of("iss", ""), "LOGIN_ISS_MISSING"),
                Arguments.of("no login_hint", Map.of("login_hint", ""), "LOGIN_HINT_MISSING"),
                Arguments.of("no target_link_uri", Map.of("target_link_uri", ""), "LOGIN_TARGET_LINK_URI_MISSING"),
                Arguments.of("a target on another site", Map.of("target_link_uri", "https://evil.example.com/lti/launch"),
                        "LOGIN_TARGET_LINK_URI_FOREIGN"),
                Arguments.of("an unregistered issuer", Map.of("iss", "https://unknown.example.edu"), "PLATFORM_UNKNOWN"),
                Arguments.of("an unregistered client_id", Map.of("client_id", "nobody"), "PLATFORM_UNKNOWN"),
                Arguments.of("a shared issuer without client_id", Map.of("client_id", ""), "PLATFORM_AMBIGUOUS"),
                Arguments.of("an unregistered deployment", Map.of("lti_deployment_id", "rogue"), "LOGIN_DEPLOYMENT_UNKNOWN"),
                Arguments.of("a huge login_hint", Map.of("login_hint", "x".repeat(5000)), "LOGIN_PARAMETER_TOO_LONG"));
    }

    @ParameterizedTest(name = "GET with {0} → {2}")
    @MethodSource("badLogins")
    void aBadGetInitiationIsRefusedAndStoresNoState(String what, Map<String, String> change, String reason) {
        long before = stateRows();

        Reply reply = new LaunchClient(baseUrl, true).loginByGet(params(change)).reply();

        assertThat(reply.reason()).contains(reason);
        assertThat(reply.header("Location")).isEmpty();
        assertThat(stateRows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "POST with {0} → {2}")
    @MethodSource("badLogins")
    void aBadPostInitiationIsRefusedToo(String what, Map<String, String> change, String reason) {
        Reply reply = new LaunchClient(baseUrl, true).loginByPost(params(change)).reply();

        assertThat(reply.reason()).contains(reason);
        assertThat(reply.status()).isBetween(400, 403);
    }

    private Map<String, String> params(Map<String, String> change) {
        Map<String, String> params = new HashMap<>(Map.of("iss", platform.issuer(), "login_hint", "7",
                "target_link_uri", baseUrl + "/lti/launch", "client_id", platform.clientId(),
                "lti_deployment_id", platform.deployment()));
        params.putAll(change);
        params.entrySet().removeIf(e -> e.getValue().isEmpty());
        return params;
    }

    private long stateRows() {
        return jdbc.sql("SELECT COUNT(*) FROM lti_login_state").query(Long.class).single();
    }
}
