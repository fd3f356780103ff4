package dev.deliberate.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlatformSettingsCheckTests {

    private final PlatformSettingsCheck check = new PlatformSettingsCheck(false);

    @Test
    void valuesLongerThanTheirColumnsAreProblemsNotDatabaseErrors() {
        String longPath = "https://lms.example.edu/" + "p".repeat(1100);
        PlatformSettings settings = new PlatformSettings("LMS", "https://lms.example.edu", "c".repeat(256), longPath,
                "https://lms.example.edu/token", "https://lms.example.edu/jwks", null, List.of(), List.of("d".repeat(300)));

        assertThat(check.problems(settings)).containsExactly("clientId is longer than 255 characters",
                "authorizationEndpoint is longer than 1024 characters", "deployment id is longer than 255 characters");
    }

    @Test
    void settingsWithinBoundsPass() {
        PlatformSettings settings = new PlatformSettings("LMS", "https://lms.example.edu", "client", "https://lms.example.edu/auth",
                "https://lms.example.edu/token", "https://lms.example.edu/jwks", null, List.of("https://*.example.edu"), List.of("d1"));

        assertThat(check.problems(settings)).isEmpty();
    }
}
