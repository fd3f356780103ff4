package dev.deliberate.mastery;

import static dev.deliberate.mastery.TestSkills.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.deliberate.mastery.model.MisconceptionWindow;
import dev.deliberate.mastery.model.ReviewPlan;
import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LearnerModelTests {

    private static final Offset<Double> CLOSE = within(1e-6);
    private static final ItemRating MIDDLE = ItemRating.unrated(3);

    private final LearnerModel model = new LearnerModel(MasterySettings.DEFAULTS);

    @Test
    void firstCorrectAnswerUpdatesKnowledgeAbilityAndItemTogether() {
        AttemptResult result = model.record(model.unpractised("two-step"), MIDDLE, Attempt.correct(NOW));

        // BKT 0.25 → 0.64; Elo P = 0.5, θ = 0 + 1.0·0.5 = 0.5, b = 0 − 0.4·0.5 = −0.2
        assertThat(result.skill().knowledge()).isCloseTo(0.64, CLOSE);
        assertThat(result.skill().ability()).isCloseTo(0.5, CLOSE);
        assertThat(result.skill().attempts()).isEqualTo(1);
        assertThat(result.item().difficulty()).isCloseTo(-0.2, CLOSE);
        assertThat(result.item().attempts()).isEqualTo(1);
        assertThat(result.change()).isEqualTo(new MasteryChange("two-step", 0.25, result.skill().knowledge(), false));
        assertThat(result.skill().review()).isNull();
        assertThat(result.newlyRecurring()).isEmpty();
    }

    @Test
    void assistedAnswerIsNoEvidenceEitherWayAndLeavesTheItemAlone() {
        SkillMastery skill = model.record(model.unpractised("two-step"), MIDDLE, Attempt.correct(NOW)).skill();

        AttemptResult result = model.record(skill, MIDDLE, Attempt.assisted(NOW));

        // a right answer after a hint once counted as wrong: 0.64 fell to 0.30 (credit 56% to 7%)
        assertThat(result.skill().knowledge()).isCloseTo(skill.knowledge(), CLOSE);
        assertThat(result.skill().shownKnowledge()).isCloseTo(skill.shownKnowledge(), CLOSE);
        assertThat(result.skill().ability()).isCloseTo(skill.ability(), CLOSE);
        assertThat(result.skill().consecutiveFailures()).isEqualTo(1);
        assertThat(result.item()).isEqualTo(MIDDLE);
    }

    @Test
    void oneSlipCostsTheShownMasteryAQuarterWhileTheEstimateReactsInFull() {
        MasteryScore score = new MasteryScore(MasterySettings.DEFAULTS);
        SkillMastery skill = model.record(model.unpractised("two-step"), MIDDLE, Attempt.correct(NOW)).skill();

        SkillMastery slipped = model.record(skill, MIDDLE, Attempt.incorrect(NOW)).skill();

        // BKT: 0.64 → 0.264 (credit 56% → 2%, what a student once saw); shown: 0.64 − 0.25·0.70 = 0.465
        assertThat(score.creditFor(skill)).isCloseTo(0.557, within(0.001));
        assertThat(slipped.knowledge()).isCloseTo(0.264, within(0.001));
        assertThat(slipped.shownKnowledge()).isCloseTo(0.465, within(0.001));
        assertThat(score.creditFor(skill) - score.creditFor(slipped)).isCloseTo(0.25, within(1e-9));
        SkillMastery recovered = model.record(slipped, MIDDLE, Attempt.correct(NOW)).skill();
        assertThat(recovered.shownKnowledge()).isGreaterThanOrEqualTo(slipped.shownKnowledge());
    }

    @Test
    void correctAnswerAfterFailuresResetsTheRunOfFailures() {
        SkillMastery skill = model.unpractised("two-step");
        skill = model.record(skill, MIDDLE, Attempt.incorrect(NOW)).skill();
        skill = model.record(skill, MIDDLE, Attempt.incorrect(NOW)).skill();
        assertThat(skill.consecutiveFailures()).isEqualTo(2);

        assertThat(model.record(skill, MIDDLE, Attempt.correct(NOW)).skill().consecutiveFailures()).isZero();
    }

    @Test
    void thirdCorrectAnswerMastersTheSkillAndSchedulesAReviewADayLater() {
        SkillMastery skill = model.unpractised("two-step");
        skill = model.record(skill, MIDDLE, Attempt.correct(NOW)).skill();
        skill = model.record(skill, MIDDLE, Attempt.correct(NOW)).skill();

        AttemptResult third = model.record(skill, MIDDLE, Attempt.correct(NOW));

        assertThat(third.change().mastered()).isTrue();
        assertThat(third.change().before()).isCloseTo(0.9, CLOSE);
        assertThat(third.change().after()).isCloseTo(0.978313, CLOSE);
        assertThat(third.skill().review()).isEqualTo(new ReviewPlan(0, NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void passedReviewMovesToTheNextInterval() {
        SkillMastery skill = withReview(0.9999, new ReviewPlan(0, NOW));

        AttemptResult result = model.record(skill, MIDDLE, Attempt.correct(NOW));

        assertThat(result.skill().review()).isEqualTo(new ReviewPlan(1, NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void wrongAnswerOnAFirmlyMasteredSkillRestartsItsReviews() {
        SkillMastery skill = withReview(0.9999, new ReviewPlan(3, NOW.plus(Duration.ofDays(10))));

        AttemptResult result = model.record(skill, MIDDLE, Attempt.incorrect(NOW));

        // 0.9999 → 0.999281, still mastered, but the schedule starts over
        assertThat(result.change().mastered()).isTrue();
        assertThat(result.skill().review()).isEqualTo(new ReviewPlan(0, NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void wrongAnswerThatLosesMasteryDropsTheReviewPlan() {
        SkillMastery skill = withReview(0.978313, new ReviewPlan(0, NOW));

        AttemptResult result = model.record(skill, MIDDLE, Attempt.incorrect(NOW));

        // 0.978313·0.1 / (0.0978313 + 0.021687·0.8) = 0.849371; + 0.150629·0.1 = 0.864434
        assertThat(result.skill().knowledge()).isCloseTo(0.864434, CLOSE);
        assertThat(result.change().mastered()).isFalse();
        assertThat(result.skill().review()).isNull();
    }

    @Test
    void thirdSightingOfAMisconceptionIsReportedOnce() {
        SkillMastery skill = model.unpractised("two-step");
        skill = model.record(skill, MIDDLE, Attempt.incorrect("SIGN_ERROR_MOVING_TERM", NOW)).skill();
        skill = model.record(skill, MIDDLE, Attempt.correct(NOW)).skill();
        skill = model.record(skill, MIDDLE, Attempt.incorrect("SIGN_ERROR_MOVING_TERM", NOW)).skill();

        AttemptResult third = model.record(skill, MIDDLE, Attempt.incorrect("SIGN_ERROR_MOVING_TERM", NOW));
        AttemptResult fourth = model.record(third.skill(), MIDDLE, Attempt.incorrect("SIGN_ERROR_MOVING_TERM", NOW));

        RecurringMisconception expected = new RecurringMisconception("two-step", "SIGN_ERROR_MOVING_TERM", 3, 4);
        assertThat(third.newlyRecurring()).contains(expected);
        assertThat(fourth.newlyRecurring()).isEmpty();
        assertThat(model.recurringMisconceptions(fourth.skill()))
                .containsExactly(new RecurringMisconception("two-step", "SIGN_ERROR_MOVING_TERM", 4, 5));
    }

    @Test
    void correctAnswerWithAMisconceptionIsNotClean() {
        Attempt lucky = new Attempt(AttemptOutcome.CORRECT, "SIGN_ERROR_MOVING_TERM", NOW);

        AttemptResult result = model.record(model.unpractised("two-step"), MIDDLE, lucky);

        assertThat(result.skill().knowledge()).isCloseTo(0.64, CLOSE);
        assertThat(result.skill().misconceptions().cleanStreak()).isZero();
        assertThat(result.skill().misconceptions().count("SIGN_ERROR_MOVING_TERM")).isEqualTo(1);
    }

    private static SkillMastery withReview(double knowledge, ReviewPlan plan) {
        return new SkillMastery("two-step", knowledge, 1.5, 12, 0, plan, MisconceptionWindow.EMPTY);
    }
}
