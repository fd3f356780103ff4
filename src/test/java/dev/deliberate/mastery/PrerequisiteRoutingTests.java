package dev.deliberate.mastery;

import static dev.deliberate.mastery.TestSkills.ALGEBRA;
import static dev.deliberate.mastery.TestSkills.NOW;
import static dev.deliberate.mastery.TestSkills.failing;
import static dev.deliberate.mastery.TestSkills.levelsOneToFive;
import static dev.deliberate.mastery.TestSkills.mastered;
import static dev.deliberate.mastery.TestSkills.request;
import static dev.deliberate.mastery.TestSkills.states;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.mastery.model.MisconceptionWindow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a stuck learner is sent back to a prerequisite, and which one. */
class PrerequisiteRoutingTests {

    private final LearnerModel model = new LearnerModel(MasterySettings.DEFAULTS);
    private final NextItemPolicy policy = new NextItemPolicy(model, PolicySettings.DEFAULTS);

    @Test
    void learnerStuckOnASkillGoesBackToItsUnmasteredPrerequisite() {
        ItemChoice choice = choose(List.of("two-step"), states(failing("two-step", 0.12, -1.0)));

        assertThat(choice.skillId()).isEqualTo("one-step");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.PREREQUISITE_REVIEW);
        assertThat(choice.cause()).isEqualTo("two-step");
    }

    @Test
    void learnerStuckOnThePrerequisiteTooGoesFurtherDown() {
        ItemChoice choice = choose(List.of("two-step"),
                states(failing("two-step", 0.12, -1.0), failing("one-step", 0.12, -1.0)));

        assertThat(choice.skillId()).isEqualTo("basic-operations");
        assertThat(choice.cause()).isEqualTo("two-step");
    }

    @Test
    void weakestOfSeveralUnmasteredPrerequisitesComesFirst() {
        SkillMastery twoStepShaky = new SkillMastery("two-step", 0.6, 0, 4, 1, null, MisconceptionWindow.EMPTY);
        SkillMastery distributiveWeak = new SkillMastery("distributive", 0.3, 0, 4, 1, null, MisconceptionWindow.EMPTY);

        ItemChoice choice = choose(List.of("multi-step"),
                states(failing("multi-step", 0.12, -1.0), twoStepShaky, distributiveWeak));

        assertThat(choice.skillId()).isEqualTo("distributive");
    }

    @Test
    void veryLowKnowledgeAfterFiveAttemptsCountsAsStuckWithoutARunOfFailures() {
        SkillMastery lost = new SkillMastery("two-step", 0.15, -1.0, 5, 1, null, MisconceptionWindow.EMPTY);

        ItemChoice choice = choose(List.of("two-step"), states(lost));

        assertThat(choice.reason()).isEqualTo(ChoiceReason.PREREQUISITE_REVIEW);
    }

    @Test
    void twoFailuresInARowAreNotYetStuck() {
        SkillMastery struggling = new SkillMastery("two-step", 0.3, -0.5, 4, 2, null, MisconceptionWindow.EMPTY);

        assertThat(choose(List.of("two-step"), states(struggling)).reason()).isEqualTo(ChoiceReason.TARGET_PRACTICE);
    }

    @Test
    void stuckLearnerWhosePrerequisitesAreMasteredKeepsPractisingAtTheEasiestLevel() {
        ItemChoice choice = choose(List.of("two-step"),
                states(failing("two-step", 0.12, -2.0), mastered("one-step", 1.0), mastered("basic-operations", 1.0)));

        // ability −2: level 1 predicts 0.5 and level 2 0.269, so level 1 is nearest 0.75
        assertThat(choice).isEqualTo(new ItemChoice("two-step", 1, ChoiceReason.TARGET_PRACTICE, "", 0.5));
    }

    @Test
    void prerequisiteWithoutCandidateItemsIsNotOffered() {
        NextItemRequest request = new NextItemRequest(List.of("two-step"), states(failing("two-step", 0.12, -1.0)),
                ALGEBRA, levelsOneToFive("two-step"), NOW);

        assertThat(policy.choose(request).skillId()).isEqualTo("two-step");
    }

    @Test
    void aStepBackEndsAfterSixItemsAndPracticeReturnsToTheSkill() {
        Map<String, SkillMastery> stuck = states(failing("two-step", 0.12, -1.0));

        assertThat(choose(stuck, NextItemPolicy.DETOUR_ITEMS - 1).reason()).isEqualTo(ChoiceReason.PREREQUISITE_REVIEW);
        ItemChoice back = choose(stuck, NextItemPolicy.DETOUR_ITEMS);
        assertThat(back.skillId()).isEqualTo("two-step");
        assertThat(back.reason()).isEqualTo(ChoiceReason.TARGET_PRACTICE);
        assertThat(choose(stuck, 0).reason()).as("still stuck after one item back: another step back")
                .isEqualTo(ChoiceReason.PREREQUISITE_REVIEW);
    }

    @Test
    void aStepBackEndsEarlyAfterTwoCleanAnswersInARowOnThePrerequisite() {
        SkillMastery recovering = new SkillMastery("one-step", 0.7, 0.3, 6, 0, null,
                new MisconceptionWindow(List.of("", ""), 2, "", 0));
        Map<String, SkillMastery> skills = states(failing("two-step", 0.12, -1.0), recovering);

        assertThat(choose(skills, 1).reason()).as("clean answers from before this step back do not end it")
                .isEqualTo(ChoiceReason.PREREQUISITE_REVIEW);
        assertThat(choose(skills, 2).skillId()).isEqualTo("two-step");
    }

    private ItemChoice choose(Map<String, SkillMastery> skills, int detourLength) {
        NextItemRequest plain = request(List.of("two-step"), skills);
        return policy.choose(new NextItemRequest(plain.assignmentSkills(), plain.skills(), plain.skillMap(), plain.candidates(),
                plain.now(), detourLength));
    }

    private ItemChoice choose(List<String> assignment, Map<String, SkillMastery> skills) {
        return policy.choose(request(assignment, skills));
    }
}
