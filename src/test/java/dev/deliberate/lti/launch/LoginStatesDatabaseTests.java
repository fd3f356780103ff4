package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.deliberate.shared.RandomTokens;
import dev.deliberate.testing.TestClock;

/** Login states in the database: single use, expiring, replay evidence kept after use. */
abstract class LoginStatesDatabaseTests {

    @Autowired
    LoginStates states;

    @Autowired
    TestClock clock;

    private LoginState fresh(Duration lifetime) {
        Instant now = clock.instant();
        LoginState state = new LoginState(RandomTokens.next(), RandomTokens.next(), 7, "https://tool/lti/launch", "hint",
                "{\"cmid\":2}", "1", "post_message_forwarding", now, now.plus(lifetime), null, "launch-0001");
        states.save(state);
        return state;
    }

    @Test
    void aSavedStateIsFoundWithEverythingTheLaunchChecks() {
        LoginState saved = fresh(Duration.ofMinutes(10));

        LoginState found = states.find(saved.state()).orElseThrow();

        assertThat(found.nonce()).isEqualTo(saved.nonce());
        assertThat(found.platformId()).isEqualTo(7);
        assertThat(found.ltiMessageHint()).isEqualTo("{\"cmid\":2}");
        assertThat(found.storageTarget()).isEqualTo("post_message_forwarding");
        assertThat(found.consumed()).isFalse();
    }

    @Test
    void aStateIsConsumedOnceOnly() {
        LoginState saved = fresh(Duration.ofMinutes(10));

        assertThat(states.consume(saved.state())).isTrue();
        assertThat(states.consume(saved.state())).isFalse();
        assertThat(states.find(saved.state()).orElseThrow().consumed()).isTrue();
        assertThat(states.nonceUsed(saved.nonce())).isTrue();
    }

    @Test
    void anExpiredStateCannotBeConsumed() {
        LoginState saved = fresh(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(11));

        assertThat(states.consume(saved.state())).isFalse();
    }

    @Test
    void aBurnedStateCannotBeUsedAfterAFailedLaunch() {
        LoginState saved = fresh(Duration.ofMinutes(10));

        states.burn(saved.state());

        assertThat(states.consume(saved.state())).isFalse();
    }

    @Test
    void anUnusedNonceIsNotReportedAsUsed() {
        assertThat(states.nonceUsed(fresh(Duration.ofMinutes(10)).nonce())).isFalse();
    }

    @Test
    void statesLongPastTheirExpiryArePurged() {
        LoginState old = fresh(Duration.ofMinutes(10));
        clock.advance(Duration.ofHours(3));
        LoginState recent = fresh(Duration.ofMinutes(10));

        states.purge();

        assertThat(states.find(old.state())).isEmpty();
        assertThat(states.find(recent.state())).isPresent();
    }
}
