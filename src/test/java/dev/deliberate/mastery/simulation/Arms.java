package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.LearnerModel;
import dev.deliberate.mastery.NextItemPolicy;
import dev.deliberate.mastery.PolicySettings;
import java.util.function.Supplier;

/** Builds fresh arms for each run, all over the same learner model. */
final class Arms {

    private final Curriculum curriculum;
    private final LearnerModel model;

    Arms(Curriculum curriculum, LearnerModel model) {
        this.curriculum = curriculum;
        this.model = model;
    }

    Supplier<PracticeArm> adaptive(PolicySettings settings) {
        NextItemPolicy policy = new NextItemPolicy(model, settings);
        return () -> new AdaptiveArm(policy, curriculum);
    }

    Supplier<PracticeArm> textbook(int itemsPerLevel) {
        return () -> new TextbookArm(curriculum, itemsPerLevel, model, false);
    }

    Supplier<PracticeArm> textbookMovingOnAtMastery(int itemsPerLevel) {
        return () -> new TextbookArm(curriculum, itemsPerLevel, model, true);
    }
}
