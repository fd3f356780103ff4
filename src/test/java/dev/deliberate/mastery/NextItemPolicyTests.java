package dev.deliberate.mastery;

import static dev.deliberate.mastery.TestSkills.ALGEBRA;
import static dev.deliberate.mastery.TestSkills.NOW;
import static dev.deliberate.mastery.TestSkills.focusing;
import static dev.deliberate.mastery.TestSkills.mastered;
import static dev.deliberate.mastery.TestSkills.masteredAndDueSince;
import static dev.deliberate.mastery.TestSkills.request;
import static dev.deliberate.mastery.TestSkills.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which rule the policy applies, and the difficulty it picks, for crafted learner states. */
class NextItemPolicyTests {

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
}
