package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.mastery.SkillState;

/** The grouping rules one at a time, on hand-made learner states. */
class ClassGroupingTests {

    private final ClassGrouping grouping = new ClassGrouping(SyntheticClass.outline());

    @Test
    void aStudentWithoutAnAnswerHasNotStartedWhateverOtherAssignmentsHold() {
        LearnerSnapshot student = LearnerSnapshot.of(1, 0, List.of(mastered("two-step")), List.of());

        assertThat(grouping.place(student).groupKey()).isEqualTo("not-started");
    }

    @Test
    void ofTwoStrugglesTheMoreBasicSkillNamesTheGroup() {
        LearnerSnapshot student = LearnerSnapshot.of(1, 20, List.of(weak("fractions"), weak("one-step-add-subtract")), List.of());

        Placement placement = grouping.place(student);

        assertThat(placement.groupKey()).isEqualTo("need-basic-operations");
        assertThat(placement.skill().skillId()).isEqualTo("one-step-add-subtract");
    }

    @Test
    void theHabitOnTheNeededSkillComesWithTheReason() {
        MisconceptionCount habit = new MisconceptionCount("fractions", "RECIPROCAL_OR_FRACTION_ERROR", 6, Instant.EPOCH);
        MisconceptionCount elsewhere = new MisconceptionCount("two-step", "SIGN_ERROR_MOVING_TERM", 9, Instant.EPOCH);
        LearnerSnapshot student = LearnerSnapshot.of(1, 30, List.of(weak("fractions")), List.of(elsewhere, habit));

        Placement placement = grouping.place(student);

        assertThat(placement.groupKey()).isEqualTo("need-fractions");
        assertThat(placement.habit()).isEqualTo(habit);
    }

    @Test
    void tooLittleEvidenceOrAStrongAbilityIsNoNeed() {
        SkillState early = new SkillState("two-step", 0.14, -1.8, 4, 2, false, 0, null);
        SkillState stretched = new SkillState("two-step", 0.45, 0.8, 30, 1, false, 0.29, null);

        assertThat(ClassGrouping.struggles(early)).isFalse();
        assertThat(ClassGrouping.struggles(stretched)).as("challenge items lower P(L), not ability").isFalse();
        assertThat(ClassGrouping.struggles(new SkillState("two-step", 0.14, -1.8, 5, 3, false, 0, null))).isTrue();
    }

    @Test
    void everySkillPractisedAndMasteredIsReadyAndOneOpenSkillIsOnTrack() {
        List<String> skills = SyntheticClass.outline().skills();
        LearnerSnapshot all = LearnerSnapshot.of(1, 60, skills.stream().map(ClassGroupingTests::mastered).toList(), List.of());
        LearnerSnapshot oneLeft = LearnerSnapshot.of(2, 50, skills.subList(0, skills.size() - 1).stream()
                .map(ClassGroupingTests::mastered).toList(), List.of());

        assertThat(grouping.place(all).groupKey()).isEqualTo("ready-for-challenge");
        Placement onTrack = grouping.place(oneLeft);
        assertThat(onTrack.groupKey()).isEqualTo("on-track");
        assertThat(onTrack.skill()).as("not practised yet").isNull();
    }

    private static SkillState weak(String skill) {
        return new SkillState(skill, 0.2, -2.0, 12, 1, false, 0, null);
    }

    private static SkillState mastered(String skill) {
        return new SkillState(skill, 0.97, 0.6, 6, 0, true, 1, null);
    }
}
