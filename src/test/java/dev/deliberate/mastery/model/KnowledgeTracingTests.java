package dev.deliberate.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class KnowledgeTracingTests {

    private static final Offset<Double> CLOSE = within(1e-6);

    private final KnowledgeTracing tracing = new KnowledgeTracing(TracingParameters.DEFAULTS);

    @Test
    void correctAnswerFromPriorGivesPosteriorThenLearning() {
        // P(L|correct) = 0.25·0.9 / (0.25·0.9 + 0.75·0.2) = 0.225 / 0.375 = 0.6
        // P(L')        = 0.6 + 0.4·0.1 = 0.64
        assertThat(tracing.posterior(0.25, true)).isCloseTo(0.6, CLOSE);
        assertThat(tracing.afterAttempt(0.25, true)).isCloseTo(0.64, CLOSE);
    }

    @Test
    void incorrectAnswerFromPriorGivesPosteriorThenLearning() {
        // P(L|incorrect) = 0.25·0.1 / (0.25·0.1 + 0.75·0.8) = 0.025 / 0.625 = 0.04
        // P(L')          = 0.04 + 0.96·0.1 = 0.136
        assertThat(tracing.posterior(0.25, false)).isCloseTo(0.04, CLOSE);
        assertThat(tracing.afterAttempt(0.25, false)).isCloseTo(0.136, CLOSE);
    }

    @Test
    void threeCorrectAnswersInARowFromPriorReachMastery() {
        // 2nd: 0.64·0.9 / (0.576 + 0.36·0.2) = 0.576 / 0.648 = 0.888889; + 0.111111·0.1 = 0.9
        // 3rd: 0.9·0.9 / (0.81 + 0.1·0.2) = 0.81 / 0.83 = 0.975904; + 0.024096·0.1 = 0.978313
        double first = tracing.afterAttempt(tracing.initialKnowledge(), true);
        double second = tracing.afterAttempt(first, true);
        double third = tracing.afterAttempt(second, true);

        assertThat(second).isCloseTo(0.9, CLOSE).isLessThan(0.95);
        assertThat(third).isCloseTo(0.978313, CLOSE).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void incorrectAnswersInARowSettleAtFourThirtyFifths() {
        // fixed point of L = p + (1 − p)·0.1 with p = 0.1L / (0.1L + 0.8(1 − L)):
        // 0.7L² − 0.78L + 0.08 = 0, so L = (0.78 − 0.62) / 1.4 = 4/35 ≈ 0.114286 (the other root is 1)
        double knowledge = tracing.initialKnowledge();
        for (int i = 0; i < 20; i++) {
            knowledge = tracing.afterAttempt(knowledge, false);
        }
        assertThat(knowledge).isCloseTo(4.0 / 35, CLOSE);
    }

    @Test
    void longRunOfCorrectAnswersStopsAtCeilingAndStillReactsToErrors() {
        double knowledge = tracing.initialKnowledge();
        for (int i = 0; i < 60; i++) {
            knowledge = tracing.afterAttempt(knowledge, true);
        }
        assertThat(knowledge).isEqualTo(KnowledgeTracing.CEILING);

        // from 0.9999, incorrect answers give 0.999281, 0.994846, 0.964181, 0.793802
        double[] expected = {0.999281, 0.994846, 0.964181, 0.793802};
        for (double value : expected) {
            knowledge = tracing.afterAttempt(knowledge, false);
            assertThat(knowledge).isCloseTo(value, CLOSE);
        }
    }

    @Test
    void chanceOfCorrectMixesSlipAndGuess() {
        // 0.25·(1 − 0.1) + 0.75·0.2 = 0.225 + 0.15 = 0.375
        assertThat(tracing.chanceOfCorrect(0.25)).isCloseTo(0.375, CLOSE);
    }

    @Test
    void knowledgeOutsideZeroToOneIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> tracing.afterAttempt(1.2, true));
        assertThatIllegalArgumentException().isThrownBy(() -> tracing.posterior(Double.NaN, false));
    }

    @Test
    void slipOrGuessOfHalfOrMoreIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TracingParameters(0.25, 0.1, 0.5, 0.2));
        assertThatIllegalArgumentException().isThrownBy(() -> new TracingParameters(0.25, 0.1, 0.1, 0.6));
        assertThatIllegalArgumentException().isThrownBy(() -> new TracingParameters(0, 0.1, 0.1, 0.2));
        assertThatIllegalArgumentException().isThrownBy(() -> new TracingParameters(0.25, 1, 0.1, 0.2));
    }
}
