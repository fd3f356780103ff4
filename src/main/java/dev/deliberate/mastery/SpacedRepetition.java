package dev.deliberate.mastery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.deliberate.mastery.spacing.CardPhase;
import dev.deliberate.mastery.spacing.CardSchedule;
import dev.deliberate.mastery.spacing.FsrsParameters;
import dev.deliberate.mastery.spacing.Scheduler;

/**
 * Spaced repetition with FSRS-6 for cards a subject names by key (a verb form, say), per learner
 * and assignment: records reviews with their response times, lists what is due, estimates
 * retention per card and group, and reads a card's history and a group's speed over time.
 *
 * <p>Call {@link #record} inside the caller's transaction, so the answer and its schedule are
 * stored together. The desired retention comes from {@link SpacingProperties}.
 */
@Component
public class SpacedRepetition {

    private static final int TRIES = 2;

    private final Scheduler scheduler;
    private final SpacedCards cards;
    private final CardReviews reviews;

    SpacedRepetition(SpacingProperties properties, SpacedCards cards, CardReviews reviews) {
        this.scheduler = new Scheduler(FsrsParameters.DEFAULTS.withDesiredRetention(properties.desiredRetention()));
        this.cards = cards;
        this.reviews = reviews;
    }

    /** Records an answer rated by {@link ReviewRating#of} (right, response time, item type). */
    public SpacedCard record(LearnerRef learner, CardAnswer answer) {
        return record(learner, answer, answer.rating());
    }

    /**
     * Records an answer with the caller's own rating; returns the card's new schedule. The card is
     * read without a lock and written only if no other review (another tab, another node) was
     * written in between; if one was, the card is read again under a row lock and this review is
     * applied on top of it. A first review inserts the row the same way.
     */
    public SpacedCard record(LearnerRef learner, CardAnswer answer, ReviewRating rating) {
        long member = learner.membershipId();
        CardSchedule before = cards.find(member, learner.linkId(), answer.cardKey(), false).orElse(CardSchedule.NEW);
        for (int tries = 1;; tries++) {
            // an answer stamped before the last review (clocks of two nodes) counts as given with it
            Instant at = before.lastReview() != null && answer.at().isBefore(before.lastReview()) ? before.lastReview() : answer.at();
            CardSchedule after = scheduler.review(before, rating.grade(), at);
            if (cards.save(member, learner.linkId(), answer.cardKey(), before, after, answer.automatic())) {
                reviews.add(learner, answer, rating, scheduler.retrievability(before, at), after.memory());
                return view(answer.cardKey(), after, at);
            }
            if (tries == TRIES) {
                throw new IllegalStateException("card " + answer.cardKey() + " kept changing under review " + tries + " times");
            }
            before = locked(learner, answer);
        }
    }

    private CardSchedule locked(LearnerRef learner, CardAnswer answer) {
        return cards.find(learner.membershipId(), learner.linkId(), answer.cardKey(), true).orElse(CardSchedule.NEW);
    }

    /** The learner's due cards, the least likely to be recalled first, at most {@code limit}. */
    public List<SpacedCard> due(LearnerRef learner, Instant now, int limit) {
        return cards.of(learner.membershipId(), learner.linkId(), now).entrySet().stream()
                .map(card -> view(card.getKey(), card.getValue(), now))
                .sorted(Comparator.comparingDouble(SpacedCard::retention).thenComparing(SpacedCard::due))
                .limit(limit).toList();
    }

    /** One card as the model sees it at {@code now}; empty when never reviewed. */
    public Optional<SpacedCard> card(LearnerRef learner, String cardKey, Instant now) {
        return cards.find(learner.membershipId(), learner.linkId(), cardKey, false).map(card -> view(cardKey, card, now));
    }

    /** The learner's reviewed cards of a group at {@code now}, by key. */
    public List<SpacedCard> cards(LearnerRef learner, CardGroup group, Instant now) {
        return views(cards.of(learner.membershipId(), learner.linkId(), null), group, now);
    }

    /** The model's retention over a group of the learner's cards at {@code now}. */
    public GroupRetention retention(LearnerRef learner, CardGroup group, Instant now) {
        return summary(cards(learner, group, now), now);
    }

    /** The same for several learners of one assignment at once (the class view), by member. */
    public Map<Long, GroupRetention> retention(Collection<Long> membershipIds, long linkId, CardGroup group, Instant now) {
        Map<Long, GroupRetention> byLearner = new LinkedHashMap<>();
        cards.ofLearners(membershipIds, linkId).forEach((member, own) -> byLearner.put(member, summary(views(own, group, now), now)));
        return byLearner;
    }

    /** Every review of one card, oldest first, with response times. */
    public List<PastReview> history(LearnerRef learner, String cardKey) {
        return reviews.of(learner.membershipId(), learner.linkId(), cardKey);
    }

    /** Day by day (UTC), answers on a group of cards through items of {@code type} (any type when null). */
    public List<SpeedPoint> speed(LearnerRef learner, CardGroup group, ItemType type) {
        return SpeedTrend.of(reviews.all(learner.membershipId(), learner.linkId()).stream()
                .filter(r -> group.matches(r.cardKey()) && (type == null || r.review().type() == type))
                .map(CardReviews.KeyedReview::review).toList());
    }

    /**
     * What the learner is shown of their cards at {@code now}: forms met, due, automatic, and the
     * median time of right answers this week against before (see {@link CardProgress}).
     */
    public CardProgress progress(LearnerRef learner, Instant now) {
        SpacedCards.CardCounts counts = cards.counts(learner.membershipId(), learner.linkId(), now);
        if (counts.met() == 0) {
            return CardProgress.NONE;
        }
        // shown on every answer: the card rows and a few latest right answers, never the whole history
        CardReviews.RightTimes right = reviews.rightTimes(learner.membershipId(), learner.linkId(), now.minus(CardProgress.WEEK),
                CardProgress.RIGHT_ANSWERS_READ);
        return CardHistory.progress(counts.met(), counts.due(), counts.automatic(), right);
    }

    /**
     * The model's mean retention of the learner's cards at {@code now} and at each of the {@code weeks}
     * weeks before, oldest first, computed from the review history.
     */
    public List<RetentionPoint> retentionOverTime(LearnerRef learner, Instant now, int weeks) {
        List<Instant> moments = new ArrayList<>();
        for (int week = weeks; week >= 0; week--) {
            moments.add(now.minus(CardProgress.WEEK.multipliedBy(week)));
        }
        return CardHistory.retention(reviews.memories(learner.membershipId(), learner.linkId()), moments, scheduler.fsrs());
    }

    private List<SpacedCard> views(Map<String, CardSchedule> own, CardGroup group, Instant now) {
        return own.entrySet().stream().filter(card -> group.matches(card.getKey()))
                .map(card -> view(card.getKey(), card.getValue(), now)).toList();
    }

    private static GroupRetention summary(List<SpacedCard> group, Instant now) {
        if (group.isEmpty()) {
            return GroupRetention.NONE;
        }
        int due = (int) group.stream().filter(card -> card.isDue(now)).count();
        double mean = group.stream().mapToDouble(SpacedCard::retention).average().orElseThrow();
        double lowest = group.stream().mapToDouble(SpacedCard::retention).min().orElseThrow();
        return new GroupRetention(group.size(), due, mean, lowest);
    }

    private SpacedCard view(String key, CardSchedule card, Instant now) {
        boolean learning = card.phase() == CardPhase.LEARNING || card.phase() == CardPhase.RELEARNING;
        return new SpacedCard(key, learning, card.due(), card.scheduledDays(), card.memory().stability(),
                card.memory().difficulty(), card.reviews(), card.lapses(), scheduler.retrievability(card, now));
    }
}
