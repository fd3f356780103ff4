package dev.deliberate.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.deliberate.testing.TestClock;

class SessionTokensTests {

    private static final String SECRET = "c2Vzc2lvbi1zZWNyZXQtZm9yLXRlc3RzLW9ubHktMzItYnl0ZXMh";

    private final TestClock clock = new TestClock();
    private final SessionTokens tokens = new SessionTokens(new SessionProperties(Duration.ofHours(2), SECRET), null, clock);

    @Test
    void aTokenCarriesItsSessionBackUnchanged() {
        CourseSession session = tokens.start(11, 22, 33, 44, CourseRole.STUDENT, "es-MX");

        CourseSession expected = new CourseSession(11, 22, 33, 44, CourseRole.STUDENT, "es-MX",
                Instant.ofEpochSecond(session.issuedAt().getEpochSecond()), Instant.ofEpochSecond(session.expiresAt().getEpochSecond()));

        assertThat(tokens.decode(tokens.encode(session))).contains(expected);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsNoSession() {
        SessionTokens other = new SessionTokens(new SessionProperties(Duration.ofHours(2),
                "YW5vdGhlci1zZWNyZXQtYWxzby0zMi1ieXRlcy1sb25nLW9rYXk"), null, clock);

        assertThat(tokens.decode(other.encode(other.start(1, 2, 3, 4, CourseRole.TEACHER, null)))).isEmpty();
    }

    @Test
    void anExpiredTokenIsNoSession() {
        String token = tokens.encode(tokens.start(1, 2, 3, 4, CourseRole.STUDENT, null));

        clock.advance(Duration.ofHours(2).plusSeconds(1));

        assertThat(tokens.decode(token)).isEmpty();
    }

    @Test
    void aTokenWhoseRoleWasEditedIsNoSession() {
        String token = tokens.encode(tokens.start(1, 2, 3, 4, CourseRole.STUDENT, null));
        String[] parts = token.split("\\.");
        String body = new String(java.util.Base64.getUrlDecoder().decode(parts[0])).replace("STUDENT", "TEACHER");
        String edited = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes()) + "." + parts[1];

        assertThat(tokens.decode(edited)).isEmpty();
    }

    @Test
    void garbageIsNoSession() {
        assertThat(tokens.decode(null)).isEmpty();
        assertThat(tokens.decode("")).isEmpty();
        assertThat(tokens.decode("a.b.c")).isEmpty();
        assertThat(tokens.decode("!!!.???")).isEmpty();
        assertThat(tokens.decode("x".repeat(5000))).isEmpty();
    }

    @Test
    void aSessionIsRenewedOnceHalfItsLifetimeHasPassed() {
        CourseSession session = tokens.start(1, 2, 3, 4, CourseRole.STUDENT, null);
        assertThat(tokens.dueForRenewal(session)).isFalse();

        clock.advance(Duration.ofMinutes(61));

        assertThat(tokens.dueForRenewal(session)).isTrue();
        assertThat(tokens.renew(session).expiresAt()).isAfter(session.expiresAt());
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new SessionTokens(new SessionProperties(Duration.ofHours(1), "c2hvcnQ"), null, clock))
                .hasMessageContaining("at least 32 bytes");
    }
}
