package dev.deliberate.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MisconceptionWindowPropertiesTests {

    private final MisconceptionRules rules = MisconceptionRules.DEFAULTS;
    private final MisconceptionTracker tracker = new MisconceptionTracker(rules);

    @Property
    void windowStaysWithinItsBoundsWhateverTheAttempts(@ForAll("attempts") List<String> codes) {
        MisconceptionWindow window = MisconceptionWindow.EMPTY;
        for (String code : codes) {
            window = tracker.record(window, code, code.isEmpty()).window();
            assertThat(window.recent()).hasSizeLessThanOrEqualTo(rules.window());
            assertThat(window.focusRemaining()).isBetween(0, rules.focusSetSize());
            for (String recurring : tracker.recurringCodes(window)) {
                assertThat(window.count(recurring)).isGreaterThanOrEqualTo(rules.threshold());
            }
        }
    }

    @Property
    void focusStartsOnlyForTheMisconceptionJustSeenWhenItRecurs(@ForAll("attempts") List<String> codes) {
        MisconceptionWindow window = MisconceptionWindow.EMPTY;
        for (String code : codes) {
            MisconceptionTracker.Update update = tracker.record(window, code, code.isEmpty());
            if (update.focusStarted()) {
                assertThat(update.window().focusCode()).isEqualTo(code);
                assertThat(update.window().count(code)).isGreaterThanOrEqualTo(rules.threshold());
            }
            window = update.window();
        }
    }

    @Provide
    Arbitrary<List<String>> attempts() {
        return Arbitraries.of("", "", "", "SIGN_ERROR_MOVING_TERM", "RECIPROCAL_ERROR").list().ofMaxSize(60);
    }
}
