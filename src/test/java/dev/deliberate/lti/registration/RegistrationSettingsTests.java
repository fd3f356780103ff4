package dev.deliberate.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PublicAddresses;
import dev.deliberate.lti.registration.RegistrationRefused.Reason;

/**
 * The operator's switches: {@code deliberate.lti.registration.enabled} and {@code allowed-hosts},
 * and the rule that an open server registers only platforms on public addresses.
 */
class RegistrationSettingsTests {

    @ParameterizedTest(name = "{1} against [{0}] → {2}")
    @CsvSource(delimiter = '|', value = {
            "                                    | moodle.example.edu       | true",
            "moodle.example.edu                  | moodle.example.edu       | true",
            "moodle.example.edu                  | MOODLE.Example.EDU       | true",
            "' Moodle.Example.edu '              | moodle.example.edu       | true",
            "moodle.example.edu                  | moodle.example.edu.evil  | false",
            "moodle.example.edu                  | lms.example.edu          | false",
            "*.instructure.com                   | school.instructure.com   | true",
            "*.instructure.com                   | a.b.instructure.com      | true",
            "*.instructure.com                   | instructure.com          | false",
            "*.instructure.com                   | evilinstructure.com      | false",
            "*.instructure.com                   | school.instructure.com.evil.example.com | false",
            "moodle.example.edu,*.instructure.com | school.instructure.com  | true" })
    void allowedHostsAreExactNamesOrSubdomainWildcards(String allowed, String host, boolean allows) {
        List<String> hosts = allowed == null ? List.of() : List.of(allowed.split(","));

        assertThat(new RegistrationProperties(true, hosts, "Deliberate", 20, List.of()).allows(host)).isEqualTo(allows);
    }

    @Test
    void whenTurnedOffNeitherThePageNorTheRegistrationReachesOut() {
        try (TestLms lms = new TestLms()) {
            lms.serveConfiguration(TestLms.MOODLE_CONFIGURATION, lms.moodleConfiguration());
            // turned off, the registration stops before it reads a configuration or touches the registry
            DynamicRegistration off = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                    null, new RegistrationProperties(false, List.of(), "Deliberate", 20, List.of()), lti(), true);
            String url = lms.url(TestLms.MOODLE_CONFIGURATION);

            assertThatThrownBy(() -> off.inspect(url, "token")).isInstanceOfSatisfying(RegistrationRefused.class,
                    r -> assertThat(r.reason()).isEqualTo(Reason.REGISTRATION_DISABLED));
            assertThatThrownBy(() -> off.register(url, "token")).isInstanceOfSatisfying(RegistrationRefused.class,
                    r -> assertThat(r.reason()).isEqualTo(Reason.REGISTRATION_DISABLED));
            assertThat(lms.configurationFetches(TestLms.MOODLE_CONFIGURATION)).isZero();
        }
    }

    @ParameterizedTest(name = "{0} → public {1}")
    @CsvSource({
            "127.0.0.1, false", "10.0.0.8, false", "172.16.5.4, false", "192.168.1.20, false", "169.254.169.254, false",
            "100.64.0.1, false", "0.0.0.0, false", "224.0.0.1, false", "::1, false", "fd12:3456::1, false", "fe80::1, false",
            "198.18.0.1, false", "192.0.0.8, false", "240.0.0.1, false", "255.255.255.255, false",
            "64:ff9b::a9fe:a9fe, false", "2002:a00:1::1, false", "::ffff:10.0.0.1, false", "::10.0.0.1, false",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2, false",
            "93.184.215.14, true", "100.128.0.1, true", "172.32.0.1, true", "2606:4700::6810:84e5, true",
            "64:ff9b::5db8:d70e, true", "2002:5db8:d70e::1, true" })
    void onlyPublicAddressesCountAsPublic(String address, boolean expected) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://10.1.2.3/.well-known/openid-configuration", "https://127.0.0.1:1/config",
            "https://localhost:1/config", "https://[::1]:1/config", "http://localhost:1/config" })
    void anOpenServerDoesNotReachIntoItsOwnNetwork(String url) {
        DynamicRegistration open = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                null, new RegistrationProperties(true, List.of(), "Deliberate", 20, List.of()), lti(), false);

        assertThatThrownBy(() -> open.inspect(url, "token")).isInstanceOfSatisfying(RegistrationRefused.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.ADDRESS_NOT_PUBLIC));
    }

    @Test
    void aHostTheOperatorListedMayBeOnThePrivateNetwork() {
        try (TestLms lms = new TestLms()) {
            lms.serveConfiguration(TestLms.MOODLE_CONFIGURATION, lms.moodleConfiguration());
            // the registry only checks the endpoints here (nothing is stored by inspect): every one passes
            PlatformRegistry registry = mock(PlatformRegistry.class);
            DynamicRegistration listed = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                    registry, new RegistrationProperties(true, List.of("127.0.0.1"), "Deliberate", 20, List.of()), lti(), false);
            String url = lms.url(TestLms.MOODLE_CONFIGURATION);

            assertThat(listed.inspect(url, "token").issuer()).isEqualTo(lms.origin());
            assertThat(lms.configurationFetches(TestLms.MOODLE_CONFIGURATION)).isEqualTo(1);
        }
    }

    @Test
    void anOpenServerMayTrustASchoolsPrivateLmsWithoutClosingItselfToOthers() {
        try (TestLms lms = new TestLms()) {
            lms.serveConfiguration(TestLms.MOODLE_CONFIGURATION, lms.moodleConfiguration());
            RegistrationProperties open = new RegistrationProperties(true, List.of(), "Deliberate", 20, List.of("127.0.0.1"));
            DynamicRegistration server = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                    mock(PlatformRegistry.class), open, lti(), false);

            assertThat(server.inspect(lms.url(TestLms.MOODLE_CONFIGURATION), "token").issuer()).isEqualTo(lms.origin());
            assertThat(open.allows("moodle.other-school.example.org")).as("still open to every public LMS").isTrue();
            assertThat(open.mayBePrivate("10.0.0.9")).isFalse();
        }
    }

    @Test
    void theEndpointsAPlatformNamesFollowTheSameAddressRule() {
        try (TestLms lms = new TestLms()) {
            lms.serveConfiguration(TestLms.MOODLE_CONFIGURATION, lms.moodleConfiguration().put("jwks_uri", "https://10.9.9.9/keys"));
            DynamicRegistration listed = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                    mock(PlatformRegistry.class), new RegistrationProperties(true, List.of("127.0.0.1"), "Deliberate", 20, List.of()), lti(), false);

            assertThatThrownBy(() -> listed.inspect(lms.url(TestLms.MOODLE_CONFIGURATION), "token"))
                    .isInstanceOfSatisfying(RegistrationRefused.class, r -> {
                        assertThat(r.reason()).isEqualTo(Reason.ADDRESS_NOT_PUBLIC);
                        assertThat(r.getMessage()).contains("10.9.9.9");
                    });
        }
    }

    @Test
    void aNameThatRebindsToTheToolsNetworkAfterTheCheckIsNotCalled() {
        try (TestLms lms = new TestLms()) {
            lms.serveConfiguration(TestLms.MOODLE_CONFIGURATION, lms.moodleConfiguration());
            AtomicInteger lookups = new AtomicInteger();
            // a DNS rebinding: a public answer for the check, the tool's own machine for whoever asks next
            HostLookup rebinding = host -> new InetAddress[] {
                    lookups.getAndIncrement() == 0 ? InetAddress.getByName("93.184.215.14") : InetAddress.getLoopbackAddress() };
            DynamicRegistration open = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                    null, new RegistrationProperties(true, List.of(), "Deliberate", 20, List.of()), lti(), false, rebinding);
            String url = lms.url(TestLms.MOODLE_CONFIGURATION).replace("127.0.0.1", "localhost");

            assertThatThrownBy(() -> open.inspect(url, "token")).isInstanceOfSatisfying(RegistrationRefused.class, r -> {
                assertThat(r.reason()).isEqualTo(Reason.ADDRESS_NOT_PUBLIC);
                assertThat(r.getMessage()).contains("127.0.0.1", "when connecting");
            });
            assertThat(lookups).as("the check's answer, then the connection's own").hasValue(2);
            assertThat(lms.configurationFetches(TestLms.MOODLE_CONFIGURATION)).as("nothing reached the tool's machine").isZero();
        }
    }

    @Test
    void theConnectionGoesToTheAddressItsOwnLookupAnswered() {
        try (TestLms lms = new TestLms()) {
            String site = lms.origin().replace("127.0.0.1", "localhost");
            lms.serveConfiguration(TestLms.MOODLE_CONFIGURATION, TestLms.moodleConfiguration(site));
            AtomicInteger lookups = new AtomicInteger();
            HostLookup loopback = host -> {
                lookups.incrementAndGet();
                return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
            };
            DynamicRegistration listed = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                    mock(PlatformRegistry.class), new RegistrationProperties(true, List.of(), "Deliberate", 20, List.of("localhost")), lti(),
                    false, loopback);

            assertThat(listed.inspect(site + TestLms.MOODLE_CONFIGURATION, "token").issuer()).isEqualTo(site);
            assertThat(lms.configurationFetches(TestLms.MOODLE_CONFIGURATION)).isEqualTo(1);
            assertThat(lookups).as("the connection asked the tool's resolver, not the system's").hasValue(1);
        }
    }

    private static LtiProperties lti() {
        return new LtiProperties(Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofHours(6), Duration.ofSeconds(30),
                Duration.ofSeconds(5), 32768, Duration.ofSeconds(3), Duration.ofHours(1), "target/none", List.of());
    }
}
