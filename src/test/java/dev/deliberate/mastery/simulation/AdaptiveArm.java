package dev.deliberate.mastery.simulation;

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

    AdaptiveArm(NextItemPolicy policy, Curriculum curriculum) {
        this.policy = policy;
        this.curriculum = curriculum;
    }

    @Override
    public Pick next(Map<String, SkillMastery> skills, ItemBank bank, Instant now) {
        ItemChoice choice = policy.choose(
                new NextItemRequest(curriculum.assignment(), skills, curriculum.skillMap(), bank.candidates(), now));
        return new Pick(choice.skillId(), choice.difficulty(), choice.reason().name());
    }
}
