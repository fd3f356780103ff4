package dev.deliberate.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FrameAncestorsTests {

    private final PlatformRegistry registry = mock(PlatformRegistry.class);
    private final FrameAncestors frameAncestors = new FrameAncestors(registry);

    @Test
    void aPlatformsPageNamesThatPlatformOnly() {
        Registration moodle = registration(1, "https://moodle.example.edu", List.of(), PlatformSource.ADMIN_API);
        Registration canvas = registration(2, "https://canvas.instructure.com", List.of("https://*.instructure.com"),
                PlatformSource.SEED_FILE);
        registered(moodle, canvas);

        assertThat(frameAncestors.directiveFor(1)).isEqualTo("frame-ancestors 'self' https://moodle.example.edu");
        assertThat(frameAncestors.directiveFor(2))
                .isEqualTo("frame-ancestors 'self' https://canvas.instructure.com https://*.instructure.com");
        assertThat(frameAncestors.directiveFor(99)).as("unknown platform: the page of none")
                .isEqualTo(frameAncestors.directive())
                .isEqualTo("frame-ancestors 'self' https://moodle.example.edu https://canvas.instructure.com https://*.instructure.com");
    }

    @Test
    void theAuthorizationEndpointDoesNotFrame() {
        Registration canvas = new Registration(3, "Canvas", "https://canvas.instructure.com", "10000000000001",
                "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
                "https://sso.canvaslms.com/api/lti/security/jwks", null, List.of(), List.of("d1"), false, PlatformSource.ADMIN_API,
                Instant.EPOCH, Instant.EPOCH);
        registered(canvas);

        assertThat(frameAncestors.directive()).doesNotContain("sso.canvaslms.com");
    }

    @Test
    void manySelfRegisteredPlatformsNeitherGrowTheHeaderNorCrowdOutTheOperatorsOwn() {
        List<Registration> all = new ArrayList<>();
        IntStream.range(0, 200).mapToObj(i -> registration(100 + i, "https://lms-" + "x".repeat(40) + i + ".example.com",
                List.of(), PlatformSource.DYNAMIC_REGISTRATION)).forEach(all::add);
        all.add(registration(1, "https://moodle.school.example.edu", List.of(), PlatformSource.ADMIN_API));
        registered(all.toArray(Registration[]::new));

        assertThat(frameAncestors.directive()).hasSizeLessThanOrEqualTo(FrameAncestors.MAX_LENGTH)
                .contains("https://moodle.school.example.edu");
        assertThat(frameAncestors.directiveFor(150)).as("a self-registered platform's own pages still name it")
                .isEqualTo("frame-ancestors 'self' https://lms-" + "x".repeat(40) + "50.example.com");
    }

    private void registered(Registration... registrations) {
        List<Registration> all = List.of(registrations);
        when(registry.all()).thenReturn(all);
        for (Registration r : all) {
            when(registry.find(r.id())).thenReturn(Optional.of(r));
        }
    }

    private static Registration registration(long id, String issuer, List<String> frameOrigins, PlatformSource source) {
        return new Registration(id, "LMS " + id, issuer, "client-" + id, issuer + "/auth", issuer + "/token", issuer + "/jwks", null,
                frameOrigins, List.of("d1"), false, source, Instant.EPOCH, Instant.EPOCH);
    }
}
