package dev.deliberate.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.deliberate.mastery.model.TracingParameters;
import org.junit.jupiter.api.Test;

class MasterySettingsTests {

    @Test
    void defaultsAreTheDocumentedValues() {
        MasterySettings defaults = MasterySettings.DEFAULTS;

        assertThat(defaults.tracing()).isEqualTo(new TracingParameters(0.25, 0.10, 0.10, 0.20));
        assertThat(defaults.masteryThreshold()).isEqualTo(0.95);
        assertThat(PolicySettings.DEFAULTS.targetSuccess()).isEqualTo(0.75);
    }

    @Test
    void masteryThresholdAboveTheKnowledgeCeilingIsRejectedBecauseNoOneCouldReachIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> MasterySettings.DEFAULTS.withMasteryThreshold(0.99995));
    }

    @Test
    void masteryThresholdAtOrBelowThePriorIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> MasterySettings.DEFAULTS.withMasteryThreshold(0.25));
    }

    @Test
    void lowerMasteryThresholdMastersSooner() {
        LearnerModel lenient = new LearnerModel(MasterySettings.DEFAULTS.withMasteryThreshold(0.85));
        SkillMastery skill = lenient.unpractised("fractions");
        skill = lenient.record(skill, ItemRating.unrated(3), Attempt.correct(TestSkills.NOW)).skill();

        AttemptResult second = lenient.record(skill, ItemRating.unrated(3), Attempt.correct(TestSkills.NOW));

        // 0.25 → 0.64 → 0.9, which passes 0.85
        assertThat(second.change().mastered()).isTrue();
    }
}
