package dev.deliberate.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.registration.RegistrationRefused.Reason;

/** The operator's switches: {@code deliberate.lti.registration.enabled} and {@code allowed-hosts}. */
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

        assertThat(new RegistrationProperties(true, hosts, "Deliberate").allows(host)).isEqualTo(allows);
    }

    @Test
    void whenTurnedOffNeitherThePageNorTheRegistrationReachesOut() {
        try (TestLms lms = new TestLms()) {
            lms.serveConfiguration(TestLms.MOODLE_CONFIGURATION, lms.moodleConfiguration());
            // turned off, the registration stops before it reads a configuration or touches the registry
            DynamicRegistration off = new DynamicRegistration(ToolDescriptionTests.tool("https://deliberate.example.edu", "Deliberate"),
                    null, new RegistrationProperties(false, List.of(), "Deliberate"), lti());
            String url = lms.url(TestLms.MOODLE_CONFIGURATION);

            assertThatThrownBy(() -> off.inspect(url, "token")).isInstanceOfSatisfying(RegistrationRefused.class,
                    r -> assertThat(r.reason()).isEqualTo(Reason.REGISTRATION_DISABLED));
            assertThatThrownBy(() -> off.register(url, "token")).isInstanceOfSatisfying(RegistrationRefused.class,
                    r -> assertThat(r.reason()).isEqualTo(Reason.REGISTRATION_DISABLED));
            assertThat(lms.configurationFetches(TestLms.MOODLE_CONFIGURATION)).isZero();
        }
    }

    private static LtiProperties lti() {
        return new LtiProperties(Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofHours(6), Duration.ofSeconds(30),
                Duration.ofSeconds(5), 32768, Duration.ofSeconds(3), Duration.ofHours(1), "target/none", List.of());
    }
}
