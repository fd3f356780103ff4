package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deliberate.lti.LtiProperties;
import dev.deliberate.lti.platform.CheckedResolver.HostLookup;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.lti.platform.Registration;
import dev.deliberate.lti.registration.RegistrationProperties;
import dev.deliberate.testing.TestPlatform;

/**
 * A platform that registered itself named its JWKS URL, and its DNS answer may change after
 * registration checked it: the key fetch connects only to the address its own lookup found
 * public. Here the name answers with the tool's own machine, where a JWKS is indeed served.
 */
class PlatformKeySetsAddressTests {

    private final Clock clock = Clock.systemUTC();
    private final TestPlatform lms = TestPlatform.create(clock);
    private final AtomicInteger lookups = new AtomicInteger();
    private final HostLookup rebound = host -> {
        lookups.incrementAndGet();
        return new InetAddress[] { InetAddress.getLoopbackAddress() };
    };

    @AfterEach
    void stop() {
        lms.close();
    }

    @Test
    void aSelfRegisteredPlatformsKeysAreNotFetchedFromAPrivateAddress() {
        PlatformKeySets keys = new PlatformKeySets(clock, lti(), registration(List.of()), false, rebound);

        assertThatThrownBy(() -> keys.find(platform(PlatformSource.DYNAMIC_REGISTRATION), lms.key().getKeyID()))
                .isInstanceOfSatisfying(LtiLaunchError.class, e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.JWKS_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("not a public address");
                });
        assertThat(lookups).hasValue(1);
        assertThat(lms.jwksFetches()).as("nothing reached the tool's network").isZero();
    }

    @Test
    void theOperatorsOwnRegistrationsAndListedHostsMayUseThePrivateNetwork() {
        PlatformKeySets keys = new PlatformKeySets(clock, lti(), registration(List.of("localhost")), false, rebound);

        assertThat(keys.find(platform(PlatformSource.DYNAMIC_REGISTRATION), lms.key().getKeyID()).getKeyID())
                .isEqualTo(lms.key().getKeyID());
        PlatformKeySets strict = new PlatformKeySets(clock, lti(), registration(List.of()), false, rebound);
        assertThat(strict.find(platform(PlatformSource.ADMIN_API), lms.key().getKeyID()).getKeyID()).isEqualTo(lms.key().getKeyID());
        assertThat(lookups).as("each fetch resolved through the tool's lookup").hasValue(2);
        assertThat(lms.jwksFetches()).isEqualTo(2);
    }

    private Registration platform(PlatformSource source) {
        return new Registration(1, "LMS", lms.issuer(), lms.clientId(), lms.issuer() + "/auth", lms.issuer() + "/token",
                lms.jwksUri().replace("127.0.0.1", "localhost"), null, List.of(), List.of(lms.deployment()), false, source,
                Instant.now(), Instant.now());
    }

    private static RegistrationProperties registration(List<String> privateHosts) {
        return new RegistrationProperties(true, List.of(), "Deliberate", 20, privateHosts);
    }

    private static LtiProperties lti() {
        return new LtiProperties(Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofHours(6), Duration.ofSeconds(30),
                Duration.ofSeconds(5), 32768, Duration.ofSeconds(3), Duration.ofHours(1), "target/none", List.of());
    }
}
