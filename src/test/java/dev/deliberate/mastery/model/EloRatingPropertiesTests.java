package dev.deliberate.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class EloRatingPropertiesTests {

    @Property
    void withEqualSchedulesTheLearnerGainsWhatTheItemLoses(
            @ForAll @DoubleRange(min = -4, max = 4) double ability,
            @ForAll @DoubleRange(min = -4, max = 4) double difficulty,
            @ForAll @IntRange(max = 500) int attempts, @ForAll boolean correct) {
        EloRating elo = new EloRating(RatingSchedule.LEARNER, RatingSchedule.LEARNER);

        double gained = elo.abilityAfter(ability, attempts, difficulty, correct) - ability;
        double lost = difficulty - elo.difficultyAfter(difficulty, attempts, ability, correct);

        assertThat(gained).isCloseTo(lost, within(1e-12));
    }

    @Property
    void swappingLearnerAndItemTurnsSuccessIntoFailure(
            @ForAll @DoubleRange(min = -6, max = 6) double ability,
            @ForAll @DoubleRange(min = -6, max = 6) double difficulty) {
        double forward = EloRating.expectedSuccess(ability, difficulty);
        double swapped = EloRating.expectedSuccess(difficulty, ability);

        assertThat(forward + swapped).isCloseTo(1.0, within(1e-12));
        assertThat(forward).isGreaterThan(0).isLessThan(1);
    }

    @Property
    void mirroredMatchMovesAbilityByTheSameAmountTheOtherWay(
            @ForAll @DoubleRange(min = -4, max = 4) double ability,
            @ForAll @DoubleRange(min = -4, max = 4) double difficulty,
            @ForAll @IntRange(max = 500) int attempts) {
        EloRating elo = new EloRating(RatingSchedule.LEARNER, RatingSchedule.ITEM);

        double win = elo.abilityAfter(ability, attempts, difficulty, true) - ability;
        double mirroredLoss = elo.abilityAfter(-ability, attempts, -difficulty, false) + ability;

        assertThat(win).isCloseTo(-mirroredLoss, within(1e-12));
    }

    @Property
    void correctAnswerRaisesAbilityAndLowersDifficulty(
            @ForAll @DoubleRange(min = -4, max = 4) double ability,
            @ForAll @DoubleRange(min = -4, max = 4) double difficulty,
            @ForAll @IntRange(max = 500) int attempts) {
        EloRating elo = new EloRating(RatingSchedule.LEARNER, RatingSchedule.ITEM);

        assertThat(elo.abilityAfter(ability, attempts, difficulty, true)).isGreaterThan(ability);
        assertThat(elo.difficultyAfter(difficulty, attempts, ability, true)).isLessThan(difficulty);
        assertThat(elo.abilityAfter(ability, attempts, difficulty, false)).isLessThan(ability);
        assertThat(elo.difficultyAfter(difficulty, attempts, ability, false)).isGreaterThan(difficulty);
    }
}
