package dev.deliberate.mastery.spacing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A simulated learner whose memory of each card follows the FSRS forgetting curve with hidden true
 * weights of its own: a review recalls the card with the true retrievability at that moment
 * (elapsed time in fractional days), and then moves the true memory by the FSRS rules for the
 * grade it earned (Good when recalled, Again when not, the correction being shown).
 */
final class HiddenLearner {

    private final String name;
    private final Fsrs truth;

    HiddenLearner(String name, FsrsParameters hidden) {
        this.name = name;
        this.truth = new Fsrs(hidden);
    }

    /** Default weights with the first stabilities scaled, stability growth shifted and another decay. */
    static HiddenLearner of(String name, double firstStabilityScale, double growthShift, double decay) {
        List<Double> w = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        for (int i = 0; i < 4; i++) {
            w.set(i, w.get(i) * firstStabilityScale);
        }
        w.set(8, w.get(8) + growthShift);
        w.set(20, decay);
        return new HiddenLearner(name, new FsrsParameters(w, 0.9, 36_500, FsrsParameters.DEFAULTS.learningSteps(),
                FsrsParameters.DEFAULTS.relearningSteps()));
    }

    String name() {
        return name;
    }

    /** The true memory of one card. */
    final class Memory {

        private MemoryState state;
        private Instant last;

        /** The chance of recall at {@code now}; 0 before the card was first seen. */
        double retention(Instant now) {
            if (state == null) {
                return 0;
            }
            double days = Duration.between(last, now).toSeconds() / 86_400.0;
            return truth.retrievability(days, state.stability());
        }

        /** One review at {@code at}: whether the learner recalled the card (never, the first time). */
        boolean review(Instant at, Random random) {
            boolean recalled = state != null && random.nextDouble() < retention(at);
            int grade = recalled ? 3 : 1;
            if (state == null) {
                state = truth.first(grade);
            }
            else {
                int days = Scheduler.calendarDays(last, at);
                state = truth.next(state, days, truth.retrievability(days, state.stability()), grade);
            }
            last = at;
            return recalled;
        }
    }
}
