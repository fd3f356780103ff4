package dev.deliberate.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.deliberate.mastery.spacing.CardSchedule;
import dev.deliberate.mastery.spacing.FsrsParameters;
import dev.deliberate.mastery.spacing.Scheduler;

/** Spaced-repetition cards and their reviews in the database, read back as the language subject reads them. */
abstract class SpacedRepetitionDatabaseTests {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ALLER = "verb:aller|tense:passe_compose|person:3s";
    private static final String ETRE = "verb:etre|tense:present|person:1s";
    private static final String FAIRE = "verb:faire|tense:passe_compose|person:1p";

    @Autowired
    SpacedRepetition spacing;

    @Autowired
    SpacedCards cards;

    @Autowired
    MasteryErasure erasure;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final long member = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    private final LearnerRef learner = new LearnerRef(member, 7, member + 11);

    private SpacedCard answer(String key, boolean right, long seconds, Instant at) {
        return spacing.record(learner, new CardAnswer(key, ItemType.CLOZE, right, Duration.ofSeconds(seconds), at));
    }

    @Test
    void aReviewedHistoryIsStoredExactlyAsTheSchedulerComputesIt() {
        Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULTS);
        CardSchedule expected = CardSchedule.NEW;
        Instant at = START;
        int[] grades = { 3, 3, 1, 3, 3, 2, 4 };
        for (int grade : grades) {
            expected = scheduler.review(expected, grade, at);
            ReviewRating rating = ReviewRating.values()[grade - 1];
            spacing.record(learner, new CardAnswer(ALLER, ItemType.TRANSFORM, grade > 1, Duration.ofSeconds(6), at), rating);
            at = expected.due();
        }

        SpacedCard stored = spacing.card(learner, ALLER, expected.lastReview()).orElseThrow();
        assertThat(stored.stability()).isEqualTo(expected.memory().stability());
        assertThat(stored.difficulty()).isEqualTo(expected.memory().difficulty());
        assertThat(stored.due()).isEqualTo(expected.due());
        assertThat(stored.reviews()).isEqualTo(grades.length);
        assertThat(stored.lapses()).isEqualTo(expected.lapses()).isEqualTo(1);
        assertThat(spacing.history(learner, ALLER)).extracting(PastReview::rating).containsExactly(ReviewRating.GOOD,
                ReviewRating.GOOD, ReviewRating.AGAIN, ReviewRating.GOOD, ReviewRating.GOOD, ReviewRating.HARD, ReviewRating.EASY);
    }

    @Test
    void dueCardsComeLeastLikelyRecalledFirstAndCardsNotDueStayAway() {
        answer(ALLER, true, 3, START);           // Easy: eight days
        answer(ETRE, false, 9, START);           // Again: one minute
        answer(FAIRE, true, 8, START);           // Good: ten minutes
        answer(FAIRE, true, 8, START.plusSeconds(600)); // graduates: two days

        Instant later = START.plus(Duration.ofDays(3));
        assertThat(spacing.due(learner, later, 10)).extracting(SpacedCard::cardKey).containsExactly(ETRE, FAIRE);
        assertThat(spacing.due(learner, later, 1)).extracting(SpacedCard::cardKey).containsExactly(ETRE);
        assertThat(spacing.due(learner, START.plusSeconds(30), 10)).isEmpty();
        SpacedCard etre = spacing.due(learner, later, 1).get(0);
        assertThat(etre.learning()).isTrue();
        assertThat(etre.retention()).isLessThan(spacing.card(learner, FAIRE, later).orElseThrow().retention());
        assertThat(spacing.card(learner, ALLER, later).orElseThrow().isDue(later)).isFalse();
    }

    @Test
    void retentionIsEstimatedPerGroupOfCardsByPrefixOrSegment() {
        answer(ALLER, true, 3, START);
        answer(FAIRE, false, 20, START);
        answer(ETRE, true, 3, START);
        Instant now = START.plus(Duration.ofDays(4));

        GroupRetention passeCompose = spacing.retention(learner, CardGroup.having("tense:passe_compose"), now);
        GroupRetention aller = spacing.retention(learner, CardGroup.prefix("verb:aller|"), now);

        assertThat(passeCompose.cards()).isEqualTo(2);
        assertThat(passeCompose.due()).isEqualTo(1);
        assertThat(aller.cards()).isEqualTo(1);
        assertThat(aller.meanRetention()).isEqualTo(spacing.card(learner, ALLER, now).orElseThrow().retention())
                .isBetween(0.9, 1.0);
        assertThat(passeCompose.lowestRetention()).isLessThan(aller.meanRetention());
        assertThat(passeCompose.meanRetention()).isCloseTo(
                (aller.meanRetention() + passeCompose.lowestRetention()) / 2, within(1e-12));
        assertThat(spacing.retention(learner, CardGroup.prefix("verb:avoir|"), now)).isEqualTo(GroupRetention.NONE);
        Map<Long, GroupRetention> byLearner = spacing.retention(List.of(member, member + 1), learner.linkId(), CardGroup.ALL, now);
        assertThat(byLearner).containsOnlyKeys(member);
        assertThat(byLearner.get(member).cards()).isEqualTo(3);
    }

    @Test
    void responseTimesShowTheLearnerGettingFasterDayByDay() {
        long[][] secondsByDay = { { 12, 9, 30 }, { 7, 6, 5 }, { 4, 3 } };
        for (int day = 0; day < secondsByDay.length; day++) {
            for (int i = 0; i < secondsByDay[day].length; i++) {
                Instant at = START.plus(Duration.ofDays(day)).plusSeconds(60L * i);
                answer(i == 2 && day == 0 ? ETRE : ALLER, i != 1 || day != 0, secondsByDay[day][i], at);
            }
        }

        List<SpeedPoint> trend = spacing.speed(learner, CardGroup.ALL, ItemType.CLOZE);

        assertThat(trend).extracting(SpeedPoint::medianResponse).containsExactly(Duration.ofSeconds(21), Duration.ofSeconds(6),
                Duration.ofMillis(3500));
        assertThat(trend).extracting(SpeedPoint::right).containsExactly(2, 3, 2);
        assertThat(trend).extracting(SpeedPoint::automatic).containsExactly(0, 1, 2);
        assertThat(spacing.speed(learner, CardGroup.prefix("verb:aller|"), null)).extracting(SpeedPoint::answers)
                .containsExactly(2, 3, 2);
        assertThat(spacing.speed(learner, CardGroup.ALL, ItemType.TRANSLATE)).isEmpty();
        assertThat(spacing.history(learner, ALLER)).extracting(PastReview::responseTime).startsWith(Duration.ofSeconds(12),
                Duration.ofSeconds(9), Duration.ofSeconds(7));
    }

    @Test
    void progressCountsDueAndAutomaticFormsAndComparesThisWeeksRightAnswersWithEarlierOnes() {
        Instant now = START.plus(Duration.ofDays(10));
        answer(ALLER, true, 9, START);
        answer(ALLER, true, 7, START.plus(Duration.ofDays(1)));
        answer(ETRE, false, 2, now.minus(Duration.ofDays(2)));
        answer(FAIRE, true, 4, now.minus(Duration.ofDays(1)));
        answer(FAIRE, true, 2, now.minus(Duration.ofHours(1)));

        CardProgress progress = spacing.progress(learner, now);

        assertThat(progress.cards()).isEqualTo(3);
        assertThat(progress.automatic()).as("only faire's latest answer was right within 5 s").isEqualTo(1);
        assertThat(progress.due()).isEqualTo(spacing.due(learner, now, 10).size()).isPositive();
        assertThat(progress.medianThisWeek()).as("right answers of the last 7 days: 4 s and 2 s").isEqualTo(Duration.ofSeconds(3));
        assertThat(progress.medianBefore()).isEqualTo(Duration.ofSeconds(8));
        assertThat(progress.faster()).isTrue();
        assertThat(spacing.progress(new LearnerRef(member + 1, 7, member + 11), now)).isEqualTo(CardProgress.NONE);
    }

    @Test
    void theMediansComeFromTheLatestThirtyRightAnswersOnEachSideOfTheWeek() {
        Instant now = START.plus(Duration.ofDays(30));
        // more slow answers than the medians read, each older than the 30 fast ones on its side of the week
        for (int i = 0; i <= CardProgress.RIGHT_ANSWERS_READ; i++) {
            answer(FAIRE, true, 60, now.minus(Duration.ofDays(20)).plusSeconds(i));
            answer(FAIRE, true, 60, now.minus(Duration.ofDays(6)).plusSeconds(i));
        }
        for (int i = 0; i < CardProgress.RIGHT_ANSWERS_READ; i++) {
            answer(FAIRE, true, 9, now.minus(Duration.ofDays(10)).plusSeconds(i));
            answer(FAIRE, false, 1, now.minus(Duration.ofDays(2)).plusSeconds(2 * i));  // wrong answers never count
            answer(FAIRE, true, 3, now.minus(Duration.ofDays(2)).plusSeconds(2 * i + 1));
        }

        CardProgress progress = spacing.progress(learner, now);

        assertThat(progress.medianThisWeek()).isEqualTo(Duration.ofSeconds(3));
        assertThat(progress.medianBefore()).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void retentionOverTimeIsTheSchedulersRetrievabilityAtEachWeekFromTheReviewHistory() {
        Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULTS);
        CardSchedule aller = scheduler.review(scheduler.review(CardSchedule.NEW, 3, START), 3, START.plus(Duration.ofMinutes(10)));
        answer(ALLER, true, 7, START);
        answer(ALLER, true, 7, START.plus(Duration.ofMinutes(10)));
        Instant etreAt = START.plus(Duration.ofDays(9));
        CardSchedule etre = scheduler.review(CardSchedule.NEW, 3, etreAt);
        answer(ETRE, true, 7, etreAt);
        Instant now = START.plus(Duration.ofDays(20));

        List<RetentionPoint> points = spacing.retentionOverTime(learner, now, 4);

        assertThat(points).extracting(RetentionPoint::at).containsExactly(now.minus(Duration.ofDays(28)), now.minus(Duration.ofDays(21)),
                now.minus(Duration.ofDays(14)), now.minus(Duration.ofDays(7)), now);
        assertThat(points).extracting(RetentionPoint::cards).containsExactly(0, 0, 1, 2, 2);
        assertThat(points.get(2).meanRetention()).isCloseTo(scheduler.retrievability(aller, points.get(2).at()), within(1e-9));
        assertThat(points.get(4).meanRetention()).as("now: the same as the cards' own retention")
                .isCloseTo((scheduler.retrievability(aller, now) + scheduler.retrievability(etre, now)) / 2, within(1e-9))
                .isCloseTo(spacing.retention(learner, CardGroup.ALL, now).meanRetention(), within(1e-9));
        assertThat(points.get(4).meanRetention()).isLessThan(points.get(3).meanRetention());
    }

    @Test
    void aReviewWrittenBySomeoneElseInBetweenIsNotOverwritten() {
        answer(ALLER, true, 3, START);
        CardSchedule stale = cards.find(member, learner.linkId(), ALLER, false).orElseThrow();
        answer(ALLER, false, 3, START.plus(Duration.ofDays(8)));

        Scheduler scheduler = new Scheduler(FsrsParameters.DEFAULTS);
        CardSchedule fromStale = scheduler.review(stale, 4, START.plus(Duration.ofDays(8)));
        assertThat(cards.save(member, learner.linkId(), ALLER, stale, fromStale, false)).isFalse();
        assertThat(cards.save(member, learner.linkId(), ALLER, CardSchedule.NEW, fromStale, false)).isFalse();
        assertThat(spacing.card(learner, ALLER, START).orElseThrow().lapses()).isEqualTo(1);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void reviewsOfOneCardCommittedAtTheSameTimeAreAllCounted() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            concurrently(pool, tx, ETRE, 2);  // two first reviews of a new card
            concurrently(pool, tx, ETRE, 6);  // and six more at once
            assertThat(spacing.card(learner, ETRE, START).orElseThrow().reviews()).isEqualTo(8);
            assertThat(spacing.history(learner, ETRE)).hasSize(8);
        }
        finally {
            pool.shutdownNow();
            tx.executeWithoutResult(status -> erasure.erase(List.of(member)));
        }
    }

    private void concurrently(ExecutorService pool, TransactionTemplate tx, String key, int reviews) throws Exception {
        List<Future<SpacedCard>> done = new java.util.ArrayList<>();
        for (int i = 0; i < reviews; i++) {
            Instant at = START.plusSeconds(i);
            done.add(pool.submit(() -> tx.execute(status -> answer(key, true, 3, at))));
        }
        for (Future<SpacedCard> review : done) {
            review.get();
        }
    }

    @Test
    void anAnswerStampedBeforeTheLastReviewCountsAsGivenWithIt() {
        answer(ALLER, true, 3, START);
        SpacedCard card = answer(ALLER, true, 3, START.minusSeconds(5));

        assertThat(card.reviews()).isEqualTo(2);
        assertThat(spacing.history(learner, ALLER)).hasSize(2);
    }

    @Test
    void erasingAMemberRemovesTheirCardsAndReviewsOnly() {
        LearnerRef other = new LearnerRef(member + 1, 7, learner.linkId());
        answer(ALLER, true, 3, START);
        spacing.record(other, new CardAnswer(ALLER, ItemType.CLOZE, true, Duration.ofSeconds(3), START));

        erasure.erase(List.of(member));

        assertThat(spacing.card(learner, ALLER, START)).isEmpty();
        assertThat(spacing.history(learner, ALLER)).isEmpty();
        assertThat(spacing.card(other, ALLER, START)).isPresent();
        assertThat(spacing.history(other, ALLER)).hasSize(1);
    }
}
