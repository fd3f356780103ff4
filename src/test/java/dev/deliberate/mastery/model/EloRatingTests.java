package dev.deliberate.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EloRatingTests {

    private static final Offset<Double> CLOSE = within(1e-6);

    private final EloRating elo = new EloRating(RatingSchedule.LEARNER, RatingSchedule.ITEM);

    @Test
    void equalRatingsGiveEvenOddsAndOneLogitAdvantageGivesOddsOfE() {
        // e / (1 + e) = 2.718282 / 3.718282 = 0.731059
        assertThat(EloRating.expectedSuccess(0.7, 0.7)).isCloseTo(0.5, CLOSE);
        assertThat(EloRating.expectedSuccess(1.0, 0.0)).isCloseTo(0.731059, CLOSE);
    }

    @Test
    void firstCorrectAnswerMovesLearnerAndItemByTheirFirstFactors() {
        // P = 0.5; learner K(0) = 1.0: θ' = 0 + 1.0·(1 − 0.5) = 0.5
        //          item K(0) = 0.4:    b' = 0 − 0.4·(1 − 0.5) = −0.2
        assertThat(elo.abilityAfter(0, 0, 0, true)).isCloseTo(0.5, CLOSE);
        assertThat(elo.difficultyAfter(0, 0, 0, true)).isCloseTo(-0.2, CLOSE);
    }

    @Test
    void unexpectedFailureOnEasyItemLowersAbilityAndRaisesDifficulty() {
        // P = 1 / (1 + e^(−1 − 0.5)) = 1 / (1 + 0.223130) = 0.817574
        // learner K(1)  = 1.0 / (1 + 0.05·1)  = 0.952381: θ' = 0.5 − 0.952381·0.817574 = −0.278642
        // item    K(10) = 0.4 / (1 + 0.05·10) = 0.266667: b' = −1 + 0.266667·0.817574 = −0.781980
        assertThat(elo.abilityAfter(0.5, 1, -1.0, false)).isCloseTo(-0.278642, CLOSE);
        assertThat(elo.difficultyAfter(-1.0, 10, 0.5, false)).isCloseTo(-0.781980, CLOSE);
    }

    @Test
    void learnerFactorHalvesAfterTwentyAnswersAndStopsAtItsFloor() {
        // 1.0 / (1 + 0.05·20) = 0.5; 1.0 / (1 + 0.05·80) = 0.2 = floor
        assertThat(RatingSchedule.LEARNER.factor(0)).isCloseTo(1.0, CLOSE);
        assertThat(RatingSchedule.LEARNER.factor(20)).isCloseTo(0.5, CLOSE);
        assertThat(RatingSchedule.LEARNER.factor(80)).isCloseTo(0.2, CLOSE);
        assertThat(RatingSchedule.LEARNER.factor(1000)).isCloseTo(0.2, CLOSE);
    }

    @Test
    void itemFactorSettlesAtItsFloorAfterThreeHundredEightyAnswers() {
        // 0.4 / (1 + 0.05·380) = 0.4 / 20 = 0.02 = floor
        assertThat(RatingSchedule.ITEM.factor(380)).isCloseTo(0.02, CLOSE);
        assertThat(RatingSchedule.ITEM.factor(5000)).isCloseTo(0.02, CLOSE);
    }

    @Test
    void scheduleRejectsNegativeAttemptsAndFloorAboveInitial() {
        assertThatIllegalArgumentException().isThrownBy(() -> RatingSchedule.LEARNER.factor(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new RatingSchedule(0.5, 0.05, 0.6));
    }
}
