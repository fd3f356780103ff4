package dev.deliberate.mastery.spacing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a simulated card comes back, given the outcomes of its reviews.
 *
 * @param <S> the policy's own state of one card
 */
interface ReviewPolicy<S> {

    String name();

    /** The state of a card not yet reviewed. */
    S start();

    /** The state after a review at {@code at} that the learner recalled or not. */
    S afterReview(S state, boolean recalled, Instant at);

    /** When the card is due next. */
    Instant due(S state);

    /** FSRS-6 with the default weights at a desired retention, learning steps included; Good or Again. */
    static ReviewPolicy<CardSchedule> fsrs(double retention) {
        Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULTS.withDesiredRetention(retention));
        return new ReviewPolicy<>() {
            public String name() {
                return String.format("FSRS-6 at %.2f", retention);
            }

            public CardSchedule start() {
                return CardSchedule.NEW;
            }

            public CardSchedule afterReview(CardSchedule card, boolean recalled, Instant at) {
                return scheduler.review(card, recalled ? 3 : 1, at);
            }

            public Instant due(CardSchedule card) {
                return card.due();
            }
        };
    }

    /** Reviews the given numbers of days apart, then the last gap again and again, whatever the outcome. */
    static ReviewPolicy<Fixed> fixed(String name, List<Integer> gaps) {
        return new ReviewPolicy<>() {
            public String name() {
                return name;
            }

            public Fixed start() {
                return new Fixed(0, null);
            }

            public Fixed afterReview(Fixed fixed, boolean recalled, Instant at) {
                int gap = gaps.get(Math.min(fixed.reviews(), gaps.size() - 1));
                return new Fixed(fixed.reviews() + 1, at.plus(Duration.ofDays(gap)));
            }

            public Instant due(Fixed fixed) {
                return fixed.due();
            }
        };
    }

    /** A card on a fixed schedule: reviews done and the next due time. */
    record Fixed(int reviews, Instant due) {
    }
}
