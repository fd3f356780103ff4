package dev.deliberate.mastery.spacing;

import java.time.Duration;
import java.util.List;

/**
 * The next short wait of a card in its learning (or relearning) steps, or {@code null} when the
 * grade takes it out of the steps into day-based review.
 *
 * @param minutes how long to wait
 * @param next    the step the card will then stand on
 */
record LearningStep(long minutes, int next) {

    static LearningStep after(List<Duration> steps, boolean inReview, int current, int grade) {
        if (steps.isEmpty() || current >= steps.size()) {
            return null;
        }
        long first = steps.get(0).toMinutes();
        if (inReview) {
            return grade == 1 ? new LearningStep(steps.get(Math.max(0, current)).toMinutes(), 0) : null;
        }
        return switch (grade) {
            case 1 -> new LearningStep(first, 0);
            case 2 -> new LearningStep(hardWait(steps), current);
            case 3 -> current + 1 < steps.size() ? new LearningStep(steps.get(current + 1).toMinutes(), current + 1) : null;
            default -> null;
        };
    }

    private static long hardWait(List<Duration> steps) {
        long first = steps.get(0).toMinutes();
        if (steps.size() == 1) {
            return Math.round(first * 1.5);
        }
        return Math.round((first + steps.get(1).toMinutes()) / 2.0);
    }
}
