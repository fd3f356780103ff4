package dev.deliberate.mastery.spacing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Schedules cards with FSRS-6 and the learning steps of the reference implementation (ts-fsrs):
 * <ul>
 * <li>a new or learning card walks through the learning steps (1 and 10 minutes by default):
 *     Again goes back to the first step, Hard waits the mean of the first two steps (1.5 × the first
 *     when there is only one) and stays, Good moves to the next step, Easy or Good on the last step
 *     graduates to day-based review;</li>
 * <li>a card in review gets the interval of its new stability; Hard is never later than Good and
 *     Easy always at least a day after Good, Good a day after Hard;</li>
 * <li>Again in review is a lapse: the card relearns through the relearning steps (10 minutes).</li>
 * </ul>
 * Days between reviews are counted as UTC calendar days, as the reference does; no fuzz is added.
 */
public final class Scheduler {

    private static final long MINUTES_PER_DAY = 1440;

    private final Fsrs fsrs;

    public Scheduler(FsrsParameters parameters) {
        this.fsrs = new Fsrs(parameters);
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    /** The card after a review graded {@code grade} (1 Again … 4 Easy) at {@code at}. */
    public CardSchedule review(CardSchedule card, int grade, Instant at) {
        if (card.phase() == CardPhase.NEW) {
            return stepped(card, fsrs.first(grade), grade, CardPhase.LEARNING, 0, at);
        }
        int elapsed = calendarDays(card.lastReview(), at);
        double r = fsrs.retrievability(elapsed, card.memory().stability());
        MemoryState memory = fsrs.next(card.memory(), elapsed, r, grade);
        if (card.phase() != CardPhase.REVIEW) {
            return stepped(card, memory, grade, card.phase(), elapsed, at);
        }
        if (grade == 1) {
            CardSchedule lapsed = stepped(card, memory, grade, CardPhase.RELEARNING, elapsed, at);
            return new CardSchedule(lapsed.phase(), lapsed.step(), lapsed.memory(), lapsed.due(), at,
                    lapsed.scheduledDays(), lapsed.reviews(), card.lapses() + 1);
        }
        int days = reviewInterval(card.memory(), elapsed, r, grade);
        return new CardSchedule(CardPhase.REVIEW, 0, memory, at.plus(Duration.ofDays(days)), at, days,
                card.reviews() + 1, card.lapses());
    }

    /** The model's chance that the learner recalls the card at {@code now} (0 for a new card). */
    public double retrievability(CardSchedule card, Instant now) {
        if (card.phase() == CardPhase.NEW) {
            return 0;
        }
        long days = Math.max(0, Duration.between(card.lastReview(), now).toDays());
        return fsrs.retrievability(days, card.memory().stability());
    }

    private int reviewInterval(MemoryState before, int elapsed, double r, int grade) {
        int hard = fsrs.interval(fsrs.next(before, elapsed, r, 2).stability());
        int good = fsrs.interval(fsrs.next(before, elapsed, r, 3).stability());
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        return switch (grade) {
            case 2 -> hard;
            case 3 -> good;
            default -> Math.max(fsrs.interval(fsrs.next(before, elapsed, r, 4).stability()), good + 1);
        };
    }

    private CardSchedule stepped(CardSchedule card, MemoryState memory, int grade, CardPhase toPhase, int elapsed, Instant at) {
        List<Duration> steps = card.phase() == CardPhase.REVIEW || card.phase() == CardPhase.RELEARNING
                ? fsrs.parameters().relearningSteps() : fsrs.parameters().learningSteps();
        LearningStep step = LearningStep.after(steps, card.phase() == CardPhase.REVIEW, card.step(), grade);
        int reviews = card.reviews() + 1;
        if (step != null && step.minutes() < MINUTES_PER_DAY) {
            return new CardSchedule(toPhase, step.next(), memory, at.plus(Duration.ofMinutes(step.minutes())), at, 0,
                    reviews, card.lapses());
        }
        if (step != null) {
            return new CardSchedule(CardPhase.REVIEW, step.next(), memory, at.plus(Duration.ofMinutes(step.minutes())), at,
                    (int) (step.minutes() / MINUTES_PER_DAY), reviews, card.lapses());
        }
        int days = fsrs.interval(memory.stability());
        return new CardSchedule(CardPhase.REVIEW, 0, memory, at.plus(Duration.ofDays(days)), at, days, reviews, card.lapses());
    }

    static int calendarDays(Instant from, Instant to) {
        return (int) ChronoUnit.DAYS.between(from.atZone(ZoneOffset.UTC).toLocalDate(), to.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
