package dev.deliberate.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.deliberate.mastery.CardAnswer;
import dev.deliberate.mastery.CardProgress;
import dev.deliberate.mastery.ItemType;
import dev.deliberate.mastery.LearnerRef;
import dev.deliberate.mastery.SpacedCard;
import dev.deliberate.mastery.SpacedRepetition;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.PracticeSubject;

/**
 * Hands the first graded answer to an item that reviews a memory card (a French verb in a tense)
 * to spaced repetition, with its response time, in the practice loop's transaction; reads the
 * learner's due cards for the next item, and their progress for the page.
 */
@Component
class CardReviewsOfPractice {

    private static final int DUE_LIMIT = 20;

    private final SpacedRepetition spacing;

    CardReviewsOfPractice(SpacedRepetition spacing) {
        this.spacing = spacing;
    }

    /** The learner's due cards, least likely recalled first, for a subject that schedules cards. */
    List<String> due(PracticeSubject subject, LearnerRef learner, Instant now) {
        return subject.schedulesCards() ? spacing.due(learner, now, DUE_LIMIT).stream().map(SpacedCard::cardKey).toList() : List.of();
    }

    /** What the learner is shown of their cards, for a subject that schedules cards; null otherwise. */
    CardProgress progress(PracticeSubject subject, LearnerRef learner, Instant now) {
        return subject.schedulesCards() ? spacing.progress(learner, now) : null;
    }

    /**
     * Records the answer on the item's card, if it has one. A response time the page did not send
     * counts as twice the automatic threshold: neither fast nor slow.
     */
    void record(PracticeSubject subject, PracticeItem item, LearnerRef learner, Checked checked, Integer elapsedMillis,
            Instant now) {
        subject.card(item.spec()).ifPresent(card -> {
            ItemType type = ItemType.valueOf(card.itemType());
            Duration taken = elapsedMillis == null || elapsedMillis < 0 ? type.automaticWithin().multipliedBy(2)
                    : Duration.ofMillis(elapsedMillis);
            spacing.record(learner, new CardAnswer(card.key(), type, checked.correct(), taken, now));
        });
    }
}
