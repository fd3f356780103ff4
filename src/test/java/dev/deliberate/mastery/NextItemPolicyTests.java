package dev.deliberate.mastery;

import static dev.deliberate.mastery.TestSkills.NOW;
import static dev.deliberate.mastery.TestSkills.failing;
import static dev.deliberate.mastery.TestSkills.focusing;
import static dev.deliberate.mastery.TestSkills.levelsOneToFive;
import static dev.deliberate.mastery.TestSkills.mastered;
import static dev.deliberate.mastery.TestSkills.masteredAndDueSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.deliberate.mastery.model.MisconceptionWindow;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NextItemPolicyTests {

    private static final SkillMap ALGEBRA = SkillMap.of(Map.of(
            "one-step", List.of("basic-operations"),
            "two-step", List.of("one-step"),
            "distributive", List.of("basic-operations"),
            "multi-step", List.of("two-step", "distributive")));

    private final LearnerModel model = new LearnerModel(MasterySettings.DEFAULTS);
    private final NextItemPolicy policy = new NextItemPolicy(model, PolicySettings.DEFAULTS);

    @Test
    void freshLearnerStartsTheFirstSkillAtTheLevelNearestSeventyFivePercent() {
        ItemChoice choice = choose(List.of("basic-operations", "one-step"), states());

        // ability 0: levels 1..5 predict 0.881, 0.731, 0.5, 0.269, 0.119; 0.731 is nearest 0.75
        assertThat(choice).isEqualTo(new ItemChoice("basic-operations", 2, ChoiceReason.TARGET_PRACTICE, "",
                choice.expectedSuccess()));
        assertThat(choice.expectedSuccess()).isCloseTo(0.731059, within(1e-6));
    }

    @Test
    void skillWaitsUntilItsPrerequisitesInTheAssignmentAreMastered() {
        ItemChoice choice = choose(List.of("one-step", "basic-operations"), states());

        assertThat(choice.skillId()).isEqualTo("basic-operations");
    }

    @Test
    void masteredSkillsAreLeftForTheNextOne() {
        ItemChoice choice = choose(List.of("basic-operations", "one-step"), states(mastered("basic-operations", 1.0)));

        assertThat(choice.skillId()).isEqualTo("one-step");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TARGET_PRACTICE);
    }

    @Test
    void higherTargetSuccessGivesEasierItems() {
        NextItemPolicy gentle = new NextItemPolicy(model, PolicySettings.DEFAULTS.withTargetSuccess(0.9));

        ItemChoice choice = gentle.choose(request(List.of("basic-operations"), states()));

        assertThat(choice.difficulty()).isEqualTo(1);
    }

    @Test
    void nearMasteryTheItemsComeFromTheStandardLevelUp() {
        SkillMastery nearly = new SkillMastery("basic-operations", 0.7, -1.0, 4, 0, null, MisconceptionWindow.EMPTY);

        ItemChoice choice = choose(List.of("basic-operations"), states(nearly));

        // ability −1: level 1 would predict 0.731, but only levels 3..5 are allowed: 0.269, 0.119, 0.047
        assertThat(choice.difficulty()).isEqualTo(3);
        assertThat(choice.expectedSuccess()).isCloseTo(0.268941, within(1e-6));
    }

    @Test
    void belowTheCheckTheLearnerGetsTheLevelNearestTheTarget() {
        SkillMastery halfway = new SkillMastery("basic-operations", 0.59, -1.0, 4, 0, null, MisconceptionWindow.EMPTY);

        assertThat(choose(List.of("basic-operations"), states(halfway)).difficulty()).isEqualTo(1);
    }

    @Test
    void masteryCheckUsesEasierItemsWhenTheSkillHasNoStandardOnes() {
        SkillMastery nearly = new SkillMastery("one-step", 0.7, -1.0, 4, 0, null, MisconceptionWindow.EMPTY);
        List<CandidateItem> easyOnly =
                List.of(new CandidateItem("one-step", 1, -2), new CandidateItem("one-step", 2, -1));

        ItemChoice choice =
                policy.choose(new NextItemRequest(List.of("one-step"), states(nearly), ALGEBRA, easyOnly, NOW));

        assertThat(choice.difficulty()).isEqualTo(1);
    }

    @Test
    void masteryCheckFromKnowledgeOneTurnsItOff() {
        NextItemPolicy unchecked = new NextItemPolicy(model, PolicySettings.DEFAULTS.withCheckFromKnowledge(1.0));
        SkillMastery nearly = new SkillMastery("basic-operations", 0.9, -1.0, 4, 0, null, MisconceptionWindow.EMPTY);

        assertThat(unchecked.choose(request(List.of("basic-operations"), states(nearly))).difficulty()).isEqualTo(1);
    }

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
    void runningFocusSetComesBeforeEverythingElse() {
        ItemChoice choice = choose(List.of("basic-operations", "one-step"), states(
                focusing("one-step", "SIGN_ERROR_MOVING_TERM", 4),
                masteredAndDueSince("basic-operations", NOW.minusSeconds(3600))));

        assertThat(choice.skillId()).isEqualTo("one-step");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.MISCONCEPTION_FOCUS);
        assertThat(choice.cause()).isEqualTo("SIGN_ERROR_MOVING_TERM");
    }

    @Test
    void reviewThatCameDueComesBeforeNewPractice() {
        ItemChoice choice = choose(List.of("basic-operations", "one-step"),
                states(masteredAndDueSince("basic-operations", NOW.minusSeconds(3600))));

        assertThat(choice.skillId()).isEqualTo("basic-operations");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.SPACED_REVIEW);
    }

    @Test
    void mostOverdueReviewComesFirst() {
        ItemChoice choice = choose(List.of("basic-operations", "one-step", "two-step"), states(
                masteredAndDueSince("basic-operations", NOW.minusSeconds(60)),
                masteredAndDueSince("one-step", NOW.minusSeconds(7200))));

        assertThat(choice.skillId()).isEqualTo("one-step");
    }

    @Test
    void reviewNotYetDueWaits() {
        ItemChoice choice = choose(List.of("basic-operations", "one-step"),
                states(masteredAndDueSince("basic-operations", NOW.plusSeconds(1))));

        assertThat(choice.reason()).isEqualTo(ChoiceReason.TARGET_PRACTICE);
        assertThat(choice.skillId()).isEqualTo("one-step");
    }

    @Test
    void learnerWhoMasteredEverySkillGetsAChallengeNearEvenOdds() {
        ItemChoice choice = choose(List.of("basic-operations", "one-step"),
                states(mastered("basic-operations", 1.0), mastered("one-step", 1.0)));

        // ability 1: level 4 (b = 1) predicts exactly 0.5
        assertThat(choice.reason()).isEqualTo(ChoiceReason.CHALLENGE);
        assertThat(choice.difficulty()).isEqualTo(4);
        assertThat(choice.expectedSuccess()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void equallyFittingItemsGoToTheHarderLevelInAChallengeAndTheEasierInPractice() {
        List<CandidateItem> twins =
                List.of(new CandidateItem("one-step", 3, 0.0), new CandidateItem("one-step", 4, 0.0));

        ItemChoice challenge = policy.choose(new NextItemRequest(List.of("one-step"),
                states(mastered("one-step", 0.0)), ALGEBRA, twins, NOW));
        ItemChoice practice = policy.choose(new NextItemRequest(List.of("one-step"), states(), ALGEBRA, twins, NOW));

        assertThat(challenge.difficulty()).isEqualTo(4);
        assertThat(practice.difficulty()).isEqualTo(3);
    }

    @Test
    void requestWithoutCandidatesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new NextItemRequest(List.of("one-step"), Map.of(), ALGEBRA, List.of(), NOW));
    }

    @Test
    void targetSuccessOutsideHalfToNinetyFivePercentIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> PolicySettings.DEFAULTS.withTargetSuccess(0.4));
        assertThatIllegalArgumentException().isThrownBy(() -> PolicySettings.DEFAULTS.withTargetSuccess(0.96));
    }

    private ItemChoice choose(List<String> assignment, Map<String, SkillMastery> skills) {
        return policy.choose(request(assignment, skills));
    }

    private static NextItemRequest request(List<String> assignment, Map<String, SkillMastery> skills) {
        return new NextItemRequest(assignment, skills, ALGEBRA,
                levelsOneToFive("basic-operations", "one-step", "two-step", "distributive", "multi-step"), NOW);
    }

    private static Map<String, SkillMastery> states(SkillMastery... skills) {
        return Stream.of(skills).collect(Collectors.toMap(SkillMastery::skillId, Function.identity()));
    }
}
