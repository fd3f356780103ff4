package dev.deliberate.mastery;

import static dev.deliberate.mastery.TestSkills.NOW;
import static dev.deliberate.mastery.TestSkills.focusing;
import static dev.deliberate.mastery.TestSkills.mastered;
import static dev.deliberate.mastery.TestSkills.masteredAndDueSince;
import static dev.deliberate.mastery.TestSkills.request;
import static dev.deliberate.mastery.TestSkills.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.deliberate.mastery.TeacherFocus.Band;

/** The teacher's focus comes before every rule of the policy, and the band and challenge mode shape the difficulty. */
class TeacherFocusPolicyTests {

    private static final List<String> ASSIGNMENT = List.of("basic-operations", "one-step", "two-step");

    private final NextItemPolicy policy = new NextItemPolicy(new LearnerModel(MasterySettings.DEFAULTS), PolicySettings.DEFAULTS);

    @Test
    void aFocusedSkillComesBeforeAMisconceptionFocusAndADueReview() {
        Map<String, SkillMastery> skills = states(focusing("one-step", "SIGN_ERROR_MOVING_TERM", 4),
                masteredAndDueSince("basic-operations", NOW.minusSeconds(3600)));

        ItemChoice choice = choose(skills, new TeacherFocus(List.of("two-step"), null, false));

        assertThat(choice.skillId()).isEqualTo("two-step");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TEACHER_FOCUS);
        assertThat(choice.cause()).isEmpty();
    }

    @Test
    void withoutAFocusTheSameLearnerGetsTheUsualChoice() {
        ItemChoice choice = policy.choose(request(ASSIGNMENT, states()));

        assertThat(choice.skillId()).isEqualTo("basic-operations");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TARGET_PRACTICE);
    }

    @Test
    void theFirstFocusSkillNotYetMasteredIsPractised() {
        ItemChoice choice = choose(states(mastered("one-step", 1.0)), new TeacherFocus(List.of("one-step", "two-step"), null, false));

        assertThat(choice.skillId()).isEqualTo("two-step");
    }

    @Test
    void whenEveryFocusSkillIsMasteredTheLeastKnownIsStillPractised() {
        SkillMastery lessKnown = new SkillMastery("two-step", 0.96, 0.5, 8, 0, null, dev.deliberate.mastery.model.MisconceptionWindow.EMPTY);
        ItemChoice choice = choose(states(mastered("one-step", 1.0), lessKnown), new TeacherFocus(List.of("one-step", "two-step"), null, false));

        assertThat(choice.skillId()).isEqualTo("two-step");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TEACHER_FOCUS);
    }

    @Test
    void easierKeepsBelowTheStandardLevelAndHarderAboveIt() {
        // ability 0: the usual choice is level 2 (0.73); the bands move it
        assertThat(choose(states(), new TeacherFocus(List.of("one-step"), Band.EASIER, false)).difficulty()).isEqualTo(2);
        assertThat(choose(states(), new TeacherFocus(List.of("one-step"), Band.STANDARD, false)).difficulty()).isEqualTo(3);
        assertThat(choose(states(), new TeacherFocus(List.of("one-step"), Band.HARDER, false)).difficulty()).isEqualTo(4);
    }

    @Test
    void aBandAloneKeepsTheUsualSkillAndChangesItsDifficulty() {
        ItemChoice choice = choose(states(), new TeacherFocus(List.of(), Band.HARDER, false));

        assertThat(choice.skillId()).isEqualTo("basic-operations");
        assertThat(choice.difficulty()).isEqualTo(4);
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TEACHER_FOCUS);
    }

    @Test
    void challengeModeAimsAtEvenOddsOnTheHardestLevelsEvenBeforeMastery() {
        // ability 2: level 4 (b = 1) predicts 0.73, level 5 (b = 2) exactly 0.5
        SkillMastery strong = new SkillMastery("two-step", 0.5, 2.0, 6, 0, null, dev.deliberate.mastery.model.MisconceptionWindow.EMPTY);

        ItemChoice choice = choose(states(strong), new TeacherFocus(List.of("two-step"), Band.EASIER, true));

        assertThat(choice.skillId()).isEqualTo("two-step");
        assertThat(choice.difficulty()).isEqualTo(5);
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TEACHER_FOCUS);
    }

    @Test
    void aFocusOnSkillsThisAssignmentCannotServeLeavesTheUsualChoice() {
        ItemChoice choice = policy.choose(new NextItemRequest(ASSIGNMENT, states(), TestSkills.ALGEBRA,
                TestSkills.levelsOneToFive("basic-operations", "one-step", "two-step"), NOW, 0,
                new TeacherFocus(List.of("multi-step"), null, false)));

        assertThat(choice.reason()).isEqualTo(ChoiceReason.TARGET_PRACTICE);
    }

    @Test
    void anEmptyFocusIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TeacherFocus(List.of(), null, false));
    }

    @Property
    void everyLearnerGetsAFocusSkillWithinTheBand(@ForAll("skillStates") Map<String, SkillMastery> skills,
            @ForAll("focusSkills") List<String> focused, @ForAll Band band) {
        ItemChoice choice = choose(skills, new TeacherFocus(focused, band, false));

        assertThat(focused).contains(choice.skillId());
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TEACHER_FOCUS);
        assertThat(band.admits(choice.difficulty(), PolicySettings.DEFAULTS.checkLevel())).isTrue();
    }

    @Property
    void challengeModeNeverServesBelowTheHardestLevels(@ForAll("skillStates") Map<String, SkillMastery> skills,
            @ForAll("focusSkills") List<String> focused) {
        ItemChoice choice = choose(skills, new TeacherFocus(focused, null, true));

        assertThat(focused).contains(choice.skillId());
        assertThat(choice.difficulty()).isGreaterThan(PolicySettings.DEFAULTS.checkLevel());
    }

    @Provide
    Arbitrary<Map<String, SkillMastery>> skillStates() {
        Arbitrary<SkillMastery> one = Arbitraries.of(ASSIGNMENT).flatMap(skill -> Arbitraries.doubles().between(0.01, 0.99)
                .flatMap(knowledge -> Arbitraries.doubles().between(-3, 3).flatMap(ability -> Arbitraries.integers().between(0, 4)
                        .map(failures -> new SkillMastery(skill, knowledge, ability, 5, failures, null,
                                dev.deliberate.mastery.model.MisconceptionWindow.EMPTY)))));
        return one.list().ofMaxSize(3).map(list -> {
            Map<String, SkillMastery> byId = new java.util.HashMap<>();
            list.forEach(s -> byId.put(s.skillId(), s));
            return byId;
        });
    }

    @Provide
    Arbitrary<List<String>> focusSkills() {
        return Arbitraries.of(ASSIGNMENT).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
    }

    private ItemChoice choose(Map<String, SkillMastery> skills, TeacherFocus focus) {
        return policy.choose(request(ASSIGNMENT, skills).withTeacherFocus(focus));
    }
}
