package dev.deliberate.mastery.model;

import static dev.deliberate.mastery.model.MisconceptionWindow.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class MisconceptionTrackerTests {

    private static final String SIGN = "SIGN_ERROR_MOVING_TERM";
    private static final String ONE_SIDE = "OPERATION_ON_ONE_SIDE";

    private final MisconceptionTracker tracker = new MisconceptionTracker(MisconceptionRules.DEFAULTS);

    @Test
    void thirdSightingWithinTheWindowStartsAFocusSet() {
        MisconceptionWindow window = play(SIGN, NONE, SIGN, NONE);

        MisconceptionTracker.Update update = tracker.record(window, SIGN, false);

        assertThat(update.focusStarted()).isTrue();
        assertThat(update.window().focusCode()).isEqualTo(SIGN);
        assertThat(update.window().focusRemaining()).isEqualTo(5);
        assertThat(tracker.recurringCodes(update.window())).containsExactly(SIGN);
    }

    @Test
    void aHabitAcrossSkillsStartsAFocusSetOnTheSkillInHand() {
        MisconceptionWindow window = play(NONE, NONE);

        assertThat(tracker.habit(window, SIGN, 3, 10)).hasValueSatisfying(focused -> {
            assertThat(focused.focusCode()).isEqualTo(SIGN);
            assertThat(focused.focusRemaining()).isEqualTo(5);
            assertThat(focused.recent()).isEqualTo(window.recent());
        });
        assertThat(tracker.habit(window, SIGN, 2, 10)).isEmpty();
        assertThat(tracker.habit(window, NONE, 3, 3)).isEmpty();
    }

    @Test
    void aHabitAlreadyWorkedOnStartsNothingButAnotherReplacesIt() {
        MisconceptionWindow focused = tracker.habit(MisconceptionWindow.EMPTY, SIGN, 3, 4).orElseThrow();

        assertThat(tracker.habit(focused, SIGN, 4, 5)).isEmpty();
        assertThat(tracker.habit(focused, ONE_SIDE, 3, 5)).hasValueSatisfying(w -> assertThat(w.focusCode()).isEqualTo(ONE_SIDE));
        assertThatIllegalArgumentException().isThrownBy(() -> tracker.habit(focused, SIGN, 3, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> tracker.habit(focused, SIGN, 4, 3));
    }

    @Test
    void twoSightingsDoNotRecur() {
        MisconceptionWindow window = play(SIGN, NONE, SIGN);

        assertThat(window.isFocusing()).isFalse();
        assertThat(tracker.recurringCodes(window)).isEmpty();
    }

    @Test
    void sightingsThatSlidOutOfTheWindowNoLongerCount() {
        MisconceptionWindow window = play(SIGN, SIGN, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE);

        MisconceptionTracker.Update update = tracker.record(window, SIGN, false);

        assertThat(update.window().recent()).hasSize(10);
        assertThat(update.window().count(SIGN)).isEqualTo(2);
        assertThat(update.focusStarted()).isFalse();
    }

    @Test
    void focusSetIsUsedUpByTheNextFiveAttemptsOnTheSkill() {
        MisconceptionWindow window = play(SIGN, SIGN, SIGN);
        for (int left = 4; left >= 0; left--) {
            window = tracker.record(window, NONE, false).window();
            assertThat(window.focusRemaining()).isEqualTo(left);
        }
        assertThat(window.isFocusing()).isFalse();
    }

    @Test
    void sightingDuringARunningFocusSetDoesNotRestartIt() {
        MisconceptionWindow window = play(SIGN, SIGN, SIGN, NONE);

        MisconceptionTracker.Update update = tracker.record(window, SIGN, false);

        assertThat(update.focusStarted()).isFalse();
        assertThat(update.window().focusRemaining()).isEqualTo(3);
    }

    @Test
    void sightingAfterTheFocusSetEndedStartsAnotherWhileItStillRecurs() {
        MisconceptionWindow window = play(SIGN, SIGN, SIGN, NONE, NONE, NONE, NONE, NONE);

        MisconceptionTracker.Update update = tracker.record(window, SIGN, false);

        assertThat(update.focusStarted()).isTrue();
        assertThat(update.window().count(SIGN)).isEqualTo(4);
    }

    @Test
    void anotherRecurringMisconceptionTakesOverTheFocusSet() {
        MisconceptionWindow window = play(ONE_SIDE, ONE_SIDE, SIGN, SIGN, SIGN);

        MisconceptionTracker.Update update = tracker.record(window, ONE_SIDE, false);

        assertThat(update.focusStarted()).isTrue();
        assertThat(update.window().focusCode()).isEqualTo(ONE_SIDE);
        assertThat(update.window().focusRemaining()).isEqualTo(5);
    }

    @Test
    void threeCleanAttemptsInARowClearTheRecurringPatternButKeepRarerOnes() {
        MisconceptionWindow window = play(ONE_SIDE, SIGN, SIGN, SIGN);
        window = tracker.record(window, NONE, true).window();
        window = tracker.record(window, NONE, true).window();
        assertThat(tracker.recurringCodes(window)).containsExactly(SIGN);

        window = tracker.record(window, NONE, true).window();

        assertThat(tracker.recurringCodes(window)).isEmpty();
        assertThat(window.recent()).containsExactly(ONE_SIDE, NONE, NONE, NONE, NONE, NONE, NONE);
        assertThat(window.isFocusing()).isFalse();
        assertThat(window.focusCode()).isEqualTo(NONE);
    }

    @Test
    void wrongAnswerWithoutMisconceptionBreaksTheCleanStreak() {
        MisconceptionWindow window = play(SIGN, SIGN, SIGN);
        window = tracker.record(window, NONE, true).window();
        window = tracker.record(window, NONE, true).window();
        window = tracker.record(window, NONE, false).window();
        window = tracker.record(window, NONE, true).window();

        assertThat(window.cleanStreak()).isEqualTo(1);
        assertThat(tracker.recurringCodes(window)).containsExactly(SIGN);
    }

    @Test
    void recurringCodesComeMostFrequentFirst() {
        MisconceptionWindow window = play(ONE_SIDE, ONE_SIDE, ONE_SIDE, SIGN, SIGN, SIGN, SIGN);

        assertThat(tracker.recurringCodes(window)).containsExactly(SIGN, ONE_SIDE);
    }

    @Test
    void attemptShowingAMisconceptionCannotBeClean() {
        assertThatIllegalArgumentException().isThrownBy(() -> tracker.record(MisconceptionWindow.EMPTY, SIGN, true));
    }

    private MisconceptionWindow play(String... codes) {
        MisconceptionWindow window = MisconceptionWindow.EMPTY;
        for (String code : List.of(codes)) {
            window = tracker.record(window, code, false).window();
        }
        return window;
    }
}
