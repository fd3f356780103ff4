package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.ChoiceReason;
import dev.deliberate.mastery.ItemChoice;
import dev.deliberate.mastery.NextItemPolicy;
import dev.deliberate.mastery.NextItemRequest;
import dev.deliberate.mastery.SkillMastery;
import java.time.Instant;
import java.util.Map;

/** Practice as the engine runs it: every item chosen by the {@link NextItemPolicy}. */
final class AdaptiveArm implements PracticeArm {

    private final NextItemPolicy policy;
    private final Curriculum curriculum;
    private int detour;

    AdaptiveArm(NextItemPolicy policy, Curriculum curriculum) {
        this.policy = policy;
        this.curriculum = curriculum;
    }

    @Override
    public Pick next(Map<String, SkillMastery> skills, ItemBank bank, Instant now) {
        ItemChoice choice = policy.choose(
                new NextItemRequest(curriculum.assignment(), skills, curriculum.skillMap(), bank.candidates(), now, detour));
        detour = choice.reason() == ChoiceReason.PREREQUISITE_REVIEW ? detour + 1 : 0;
        return new Pick(choice.skillId(), choice.difficulty(), choice.reason().name());
    }
}
