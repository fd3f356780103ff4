package dev.deliberate.mastery;

import static dev.deliberate.mastery.TestSkills.ALGEBRA;
import static dev.deliberate.mastery.TestSkills.NOW;
import static dev.deliberate.mastery.TestSkills.request;
import static dev.deliberate.mastery.TestSkills.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.deliberate.mastery.model.MisconceptionWindow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Near mastery, the policy draws items from the standard level up. */
class MasteryCheckTests {

    private final LearnerModel model = new LearnerModel(MasterySettings.DEFAULTS);
    private final NextItemPolicy policy = new NextItemPolicy(model, PolicySettings.DEFAULTS);

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

    private ItemChoice choose(List<String> assignment, Map<String, SkillMastery> skills) {
        return policy.choose(request(assignment, skills));
    }
}
