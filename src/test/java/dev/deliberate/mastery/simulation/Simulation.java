package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.LearnerModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs every standard profile under every arm for a number of seeded learners. Learner n of a
 * profile gets the same seed under each arm, so the arms face the same population.
 */
final class Simulation {

    private final Curriculum curriculum;
    private final PracticeRun practiceRun;
    private final int runs;

    Simulation(Curriculum curriculum, LearnerModel model, int runs, int cap, int itemsPerDay) {
        this.curriculum = curriculum;
        this.practiceRun = new PracticeRun(curriculum, model, cap, itemsPerDay);
        this.runs = runs;
    }

    /** Figures per profile name, then per arm name, in the order of the profiles and arms given. */
    Map<String, Map<String, ArmFigures>> run(Map<String, Supplier<PracticeArm>> arms) {
        Map<String, Map<String, ArmFigures>> figures = new LinkedHashMap<>();
        List<LearnerProfile> profiles = Fixtures.standardProfiles();
        for (int p = 0; p < profiles.size(); p++) {
            LearnerProfile profile = profiles.get(p);
            long firstSeed = 1_000L * (p + 1);
            Map<String, ArmFigures> byArm = new LinkedHashMap<>();
            arms.forEach((name, arm) -> byArm.put(name, runArm(profile, firstSeed, arm)));
            figures.put(profile.name(), byArm);
        }
        return figures;
    }

    private ArmFigures runArm(LearnerProfile profile, long firstSeed, Supplier<PracticeArm> arm) {
        List<RunOutcome> outcomes = new ArrayList<>();
        for (int n = 0; n < runs; n++) {
            outcomes.add(practiceRun.run(new SyntheticLearner(profile, curriculum, firstSeed + n), arm.get()));
        }
        return ArmFigures.of(outcomes);
    }
}
