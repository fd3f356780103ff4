package dev.deliberate.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class KnowledgeTracingPropertiesTests {

    @Property
    void estimateStaysStrictlyBetweenZeroAndOne(@ForAll("parameters") TracingParameters parameters,
            @ForAll @Size(max = 200) List<Boolean> answers) {
        KnowledgeTracing tracing = new KnowledgeTracing(parameters);
        double knowledge = parameters.initialKnowledge();
        for (boolean correct : answers) {
            knowledge = tracing.afterAttempt(knowledge, correct);
            assertThat(knowledge).isGreaterThan(0).isLessThan(1);
        }
    }

    @Property
    void correctAnswerNeverLowersTheEstimate(@ForAll("parameters") TracingParameters parameters,
            @ForAll @DoubleRange(min = 0.0001, max = 0.9999) @Scale(4) double knowledge) {
        KnowledgeTracing tracing = new KnowledgeTracing(parameters);

        double afterCorrect = tracing.afterAttempt(knowledge, true);

        assertThat(afterCorrect).isGreaterThanOrEqualTo(knowledge);
        assertThat(afterCorrect).isGreaterThanOrEqualTo(tracing.afterAttempt(knowledge, false));
    }

    @Property
    void updateIsMonotoneInThePrior(@ForAll("parameters") TracingParameters parameters, @ForAll boolean correct,
            @ForAll @DoubleRange(min = 0.0001, max = 0.9999) @Scale(4) double lower,
            @ForAll @DoubleRange(min = 0.0001, max = 0.9999) @Scale(4) double higher) {
        KnowledgeTracing tracing = new KnowledgeTracing(parameters);
        double low = Math.min(lower, higher);
        double high = Math.max(lower, higher);

        assertThat(tracing.afterAttempt(low, correct)).isLessThanOrEqualTo(tracing.afterAttempt(high, correct));
    }

    @Property
    void turningAnyWrongAnswerIntoARightOneNeverLowersTheFinalEstimate(
            @ForAll("parameters") TracingParameters parameters,
            @ForAll @Size(min = 1, max = 40) List<Boolean> answers, @ForAll int pick) {
        List<Boolean> improved = new ArrayList<>(answers);
        improved.set(Math.floorMod(pick, answers.size()), true);

        assertThat(finalEstimate(parameters, improved)).isGreaterThanOrEqualTo(finalEstimate(parameters, answers));
    }

    @Provide
    Arbitrary<TracingParameters> parameters() {
        return Combinators.combine(
                Arbitraries.doubles().between(0.01, 0.9),
                Arbitraries.doubles().between(0.0, 0.5),
                Arbitraries.doubles().between(0.01, 0.49),
                Arbitraries.doubles().between(0.01, 0.49)).as(TracingParameters::new);
    }

    private static double finalEstimate(TracingParameters parameters, List<Boolean> answers) {
        KnowledgeTracing tracing = new KnowledgeTracing(parameters);
        double knowledge = parameters.initialKnowledge();
        for (boolean correct : answers) {
            knowledge = tracing.afterAttempt(knowledge, correct);
        }
        return knowledge;
    }
}
