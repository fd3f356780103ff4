package dev.deliberate.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LearnerModelPropertiesTests {

    private final LearnerModel model = new LearnerModel(MasterySettings.DEFAULTS);
    private final MasteryScore score = new MasteryScore(MasterySettings.DEFAULTS);

    @Property
    void reviewIsPlannedExactlyWhileTheSkillIsMasteredAndAlwaysInTheFuture(@ForAll("attempts") List<Attempt> attempts) {
        SkillMastery skill = model.unpractised("fractions");
        ItemRating item = ItemRating.unrated(3);
        for (Attempt attempt : attempts) {
            AttemptResult result = model.record(skill, item, attempt);
            skill = result.skill();
            item = result.item();
            assertThat(skill.review() != null).isEqualTo(model.isMastered(skill));
            if (skill.review() != null) {
                assertThat(skill.review().due()).isAfter(attempt.at());
            }
            assertThat(result.change().mastered()).isEqualTo(model.isMastered(skill));
            assertThat(score.creditFor(skill)).isBetween(0.0, 1.0);
        }
    }

    @Property
    void theShownMasteryNeverFallsOnARightAnswerAndAtMostAQuarterOnAWrongOne(@ForAll("attempts") List<Attempt> attempts) {
        SkillMastery skill = model.unpractised("fractions");
        ItemRating item = ItemRating.unrated(3);
        for (Attempt attempt : attempts) {
            double before = score.creditFor(skill);
            skill = model.record(skill, item, attempt).skill();
            double after = score.creditFor(skill);
            if (attempt.outcome() == AttemptOutcome.INCORRECT) {
                assertThat(before - after).isLessThanOrEqualTo(LearnerModel.SHOWN_DROP + 1e-9);
            }
            else {
                assertThat(after).isGreaterThanOrEqualTo(before);
            }
            assertThat(skill.shownKnowledge()).isGreaterThanOrEqualTo(skill.knowledge());
            assertThat(after == 1.0).isEqualTo(model.isMastered(skill));
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<AttemptOutcome> outcomes = Arbitraries.of(AttemptOutcome.class);
        Arbitrary<String> codes = Arbitraries.of("", "", "RECIPROCAL_ERROR");
        Arbitrary<Integer> hours = Arbitraries.integers().between(0, 24 * 40);
        Arbitrary<Attempt> attempt = Combinators.combine(outcomes, codes, hours).as((outcome, code, hour) ->
                new Attempt(outcome, outcome == AttemptOutcome.CORRECT ? "" : code,
                        Instant.parse("2025-01-06T08:00:00Z").plus(Duration.ofHours(hour))));
        return attempt.list().ofMaxSize(80).map(LearnerModelPropertiesTests::inTimeOrder);
    }

    private static List<Attempt> inTimeOrder(List<Attempt> attempts) {
        return attempts.stream().sorted(Comparator.comparing(Attempt::at)).toList();
    }
}
