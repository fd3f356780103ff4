package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.MathMarkup;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.Text;

/** Sessions, items and reflections in the database. */
abstract class PracticeRecordsDatabaseTests {

    @Autowired
    PracticeSessions sessions;

    @Autowired
    PracticeItems items;

    @Autowired
    Reflections reflections;

    private final long member = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);

    private PracticeSession open() {
        return sessions.open(member, 2, 3, "math", 42, Instant.now());
    }

    private static PreparedItem item(String key) {
        return new PreparedItem(new ItemSpec("two-step", 2.5, "sports", "math.frame.sports.1", 99), key, Text.of("x"), "2x + 1 = 5",
                MathMarkup.identifier("2x+1=5"), "2");
    }

    @Test
    void openingTwiceGivesTheSameSession() {
        assertThat(open().id()).isEqualTo(open().id());
    }

    @Test
    void aSessionChangedInAnotherWindowIsNotOverwritten() {
        PracticeSession first = open();
        PracticeSession second = sessions.find(member, 3).orElseThrow();
        first.countAttempt(30_000, Instant.now());
        sessions.update(first, Instant.now());

        second.countAttempt(20_000, Instant.now());

        assertThatThrownBy(() -> sessions.update(second, Instant.now())).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(sessions.find(member, 3).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void servedItemsKeepTheirSpecAndFeedVarietyOldestFirst() {
        PracticeSession session = open();
        long a = items.serve(session.id(), 1, item("2x + 1 = 5|k1"), "TARGET_PRACTICE", null, Instant.now());
        items.serve(session.id(), 2, item("3x = 9|k2"), "MISCONCEPTION_FOCUS", "SIGN_ERROR_MOVING_TERM", Instant.now());

        PracticeItem first = items.find(a, session.id()).orElseThrow();

        assertThat(first.spec()).isEqualTo(new ItemSpec("two-step", 2.5, "sports", "math.frame.sports.1", 99));
        assertThat(items.recent(session.id(), null).history()).containsExactly(new Served("2x + 1 = 5|k1", "sports"),
                new Served("3x = 9|k2", "sports"));
        assertThat(items.recent(session.id(), "x = 3").history()).last().isEqualTo(new Served("3x = 9|k2", "sports", "x = 3"));
        assertThat(items.recent(session.id(), null).trailing("MISCONCEPTION_FOCUS", 6)).isEqualTo(1);
        assertThat(items.recent(session.id(), null).trailing("TARGET_PRACTICE", 6)).as("not the latest").isZero();
        assertThat(items.find(a, session.id() + 1)).as("an item of another session").isEmpty();
    }

    private static ReflectionPrompts.Prompt block() {
        return new ReflectionPrompts.Prompt("practice.reflection.prompt.block", null, null);
    }

    @Test
    void aBlocksReflectionIsWrittenOnce() {
        PracticeSession session = open();

        assertThat(reflections.write(session.id(), 1, false, block(), "I isolated x first.", Instant.now())).isTrue();
        assertThat(reflections.write(session.id(), 1, false, block(), "Again.", Instant.now())).isFalse();
    }

    @Test
    void sessionCountersAndInterestsRoundTrip() {
        PracticeSession session = open();
        session.chooseInterests(java.util.Set.of("music", "art"));
        session.finishItem(true);
        session.finishItem(true);
        session.askForReflection(false);
        sessions.update(session, Instant.now());

        PracticeSession read = sessions.find(member, 3).orElseThrow();

        assertThat(read.interests()).containsExactlyInAnyOrder("music", "art");
        assertThat(List.of(read.itemsDone(), read.streak(), read.bestStreak(), read.blockDone())).containsExactly(2, 2, 2, 2);
        assertThat(read.status()).isEqualTo(SessionStatus.REFLECTING);
    }
}
