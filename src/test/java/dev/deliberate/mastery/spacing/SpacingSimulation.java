package dev.deliberate.mastery.spacing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sixty days of practice by simulated learners: 100 cards, 10 new ones a day on the first ten
 * days, one session a day at 17:00 UTC that reviews every due card (and, for FSRS, cards whose
 * learning step falls due within the session's hour). The first sight of a card counts as a
 * review the learner fails (the correct form is then shown). Retention is the learner's true
 * chance of recall, averaged over the cards seen so far, measured every morning at 09:00.
 */
final class SpacingSimulation {

    static final int DAYS = 60;
    static final int CARDS = 100;
    static final int NEW_PER_DAY = 10;
    private static final Instant DAY_ZERO = Instant.parse("2026-01-05T00:00:00Z");
    private static final Duration SESSION_START = Duration.ofHours(17);
    private static final Duration SESSION_LENGTH = Duration.ofHours(1);
    private static final Duration PER_REVIEW = Duration.ofSeconds(10);

    /** Mean figures over the simulated learners of one kind. */
    record Outcome(String policy, double reviewsPerCard, double recallAtReviews, double meanRetention, double finalRetention) {
    }

    private SpacingSimulation() {
    }

    static <S> Outcome run(HiddenLearner learner, ReviewPolicy<S> policy, int learners) {
        double reviews = 0, recalls = 0, retention = 0, last = 0;
        long checked = 0;
        for (int seed = 0; seed < learners; seed++) {
            double[] one = runOne(learner, policy, new Random(seed));
            reviews += one[0];
            recalls += one[1];
            checked += (long) one[2];
            retention += one[3];
            last += one[4];
        }
        return new Outcome(policy.name(), reviews / learners / CARDS, recalls / checked, retention / learners, last / learners);
    }

    private static <S> double[] runOne(HiddenLearner learner, ReviewPolicy<S> policy, Random random) {
        List<HiddenLearner.Memory> memories = new ArrayList<>();
        List<S> states = new ArrayList<>();
        List<Instant> due = new ArrayList<>();
        double reviews = 0, recalls = 0, checked = 0, retentionSum = 0;
        for (int day = 0; day < DAYS; day++) {
            Instant morning = DAY_ZERO.plus(Duration.ofDays(day)).plusSeconds(9 * 3600);
            if (day > 0) {
                retentionSum += meanRetention(memories, morning);
            }
            Instant t = DAY_ZERO.plus(Duration.ofDays(day)).plus(SESSION_START);
            for (int i = 0; i < NEW_PER_DAY && memories.size() < CARDS; i++) {
                memories.add(learner.new Memory());
                states.add(policy.start());
                due.add(t);
            }
            Instant end = t.plus(SESSION_LENGTH);
            for (int next = earliest(due, end); next >= 0; next = earliest(due, end)) {
                if (due.get(next).isAfter(t)) {
                    t = due.get(next);
                }
                boolean firstSight = states.get(next).equals(policy.start());
                boolean recalled = memories.get(next).review(t, random);
                reviews++;
                if (!firstSight) {
                    checked++;
                    recalls += recalled ? 1 : 0;
                }
                S after = policy.afterReview(states.get(next), recalled, t);
                states.set(next, after);
                due.set(next, policy.due(after));
                t = t.plus(PER_REVIEW);
            }
        }
        double last = meanRetention(memories, DAY_ZERO.plus(Duration.ofDays(DAYS)).plusSeconds(9 * 3600));
        return new double[] { reviews, recalls, checked, retentionSum / (DAYS - 1), last };
    }

    /** The card due first, if it is due by {@code end}; -1 otherwise. */
    private static int earliest(List<Instant> due, Instant end) {
        int best = -1;
        for (int i = 0; i < due.size(); i++) {
            if (!due.get(i).isAfter(end) && (best < 0 || due.get(i).isBefore(due.get(best)))) {
                best = i;
            }
        }
        return best;
    }

    private static double meanRetention(List<HiddenLearner.Memory> memories, Instant at) {
        return memories.stream().mapToDouble(m -> m.retention(at)).average().orElse(0);
    }
}
