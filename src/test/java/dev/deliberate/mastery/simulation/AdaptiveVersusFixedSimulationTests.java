package dev.deliberate.mastery.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.mastery.LearnerModel;
import dev.deliberate.mastery.MasterySettings;
import dev.deliberate.mastery.PolicySettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdaptiveVersusFixedSimulationTests {

    private static final int RUNS = 200;
    private static final int CAP = 300;
    private static final int ITEMS_PER_DAY = 20;
    private static final int ITEMS_PER_LEVEL = 4;

    private static final String ADAPTIVE = "adaptive";
    private static final String UNCHECKED = "adaptive, no mastery check";
    private static final String TEXTBOOK = "textbook";
    private static final String MOVING_ON = "textbook, moving on at mastery";
    private static final String NO_ROUTING = "adaptive, no prerequisite routing";

    private static final LearnerModel MODEL = new LearnerModel(MasterySettings.DEFAULTS);

    private static Map<String, Map<String, ArmFigures>> figures;
    private static Map<String, Map<String, ArmFigures>> routing;

    @BeforeAll
    static void simulate() {
        Curriculum algebra = Curriculum.earlyAlgebra();
        figures = new Simulation(algebra, MODEL, RUNS, CAP, ITEMS_PER_DAY).run(comparedWithTextbook(algebra));
        Curriculum withoutFoundation = algebra.assigningAllBut("basic-operations");
        routing = new Simulation(withoutFoundation, MODEL, RUNS, CAP, ITEMS_PER_DAY)
                .run(routingAblation(withoutFoundation));
        report();
    }

    @Test
    void adaptiveNeedsFewerItemsThanTheTextbookForEveryProfile() {
        figures.forEach((profile, byArm) ->
                assertThat(byArm.get(ADAPTIVE).mean()).as(profile).isLessThan(byArm.get(TEXTBOOK).mean()));
    }

    @Test
    void adaptiveReachesMasteryWithinTheCapAtLeastAsOftenAsTheTextbook() {
        figures.forEach((profile, byArm) -> assertThat(byArm.get(ADAPTIVE).masteredShare()).as(profile)
                .isGreaterThanOrEqualTo(byArm.get(TEXTBOOK).masteredShare()));
    }

    @Test
    void masteryCheckCostsItemsAndBuysTrueSkillAtTheFinish() {
        figures.forEach((profile, byArm) -> {
            assertThat(byArm.get(ADAPTIVE).mean()).as(profile).isGreaterThan(byArm.get(UNCHECKED).mean());
            assertThat(byArm.get(ADAPTIVE).trueMiddleSuccess()).as(profile)
                    .isGreaterThan(byArm.get(UNCHECKED).trueMiddleSuccess());
        });
    }

    @Test
    void fullTextbookLeavesLearnersStrongerThanAdaptiveMasteryDoes() {
        figures.forEach((profile, byArm) -> assertThat(byArm.get(TEXTBOOK).trueMiddleSuccess()).as(profile)
                .isGreaterThan(byArm.get(ADAPTIVE).trueMiddleSuccess()));
    }

    @Test
    void noAnswerCostsASkillMoreThanAQuarterOfItsShownCredit() {
        figures.forEach((profile, byArm) -> byArm.forEach((arm, figure) -> {
            assertThat(figure.largestShownDrop()).as(profile + ", " + arm).isLessThanOrEqualTo(0.25 + 1e-9);
            assertThat(figure.largestEstimateDrop()).as(profile + ", " + arm).isGreaterThan(figure.largestShownDrop());
        }));
    }

    @Test
    void prerequisiteRoutingHelpsLearnersWeakInTheFoundationReachMastery() {
        Map<String, ArmFigures> weak = routing.get("weak in basic operations");

        assertThat(weak.get(ADAPTIVE).masteredShare()).isGreaterThan(weak.get(NO_ROUTING).masteredShare());
    }

    private static Map<String, Supplier<PracticeArm>> comparedWithTextbook(Curriculum curriculum) {
        Arms arms = new Arms(curriculum, MODEL);
        Map<String, Supplier<PracticeArm>> compared = new LinkedHashMap<>();
        compared.put(ADAPTIVE, arms.adaptive(PolicySettings.DEFAULTS));
        compared.put(UNCHECKED, arms.adaptive(PolicySettings.DEFAULTS.withCheckFromKnowledge(1.0)));
        compared.put(TEXTBOOK, arms.textbook(ITEMS_PER_LEVEL));
        compared.put(MOVING_ON, arms.textbookMovingOnAtMastery(ITEMS_PER_LEVEL));
        return compared;
    }

    private static Map<String, Supplier<PracticeArm>> routingAblation(Curriculum curriculum) {
        Arms arms = new Arms(curriculum, MODEL);
        PolicySettings neverStuck = PolicySettings.DEFAULTS
                .withFailuresBeforePrerequisite(Integer.MAX_VALUE)
                .withLowKnowledgeAttempts(Integer.MAX_VALUE);
        Map<String, Supplier<PracticeArm>> ablation = new LinkedHashMap<>();
        ablation.put(ADAPTIVE, arms.adaptive(PolicySettings.DEFAULTS));
        ablation.put(NO_ROUTING, arms.adaptive(neverStuck));
        return ablation;
    }

    private static void report() {
        List<String> arms = List.of(ADAPTIVE, UNCHECKED, TEXTBOOK, MOVING_ON);
        System.out.println("Items until the learner model counts all six skills mastered (" + RUNS
                + " learners per profile, cap " + CAP + "):\n" + SimulationTable.itemsToMastery(figures, arms));
        System.out.println("True chance of success on a level-3 item at the end, mean over the assignment:\n"
                + SimulationTable.trueSuccess(figures, arms));
        System.out.println("Adaptive items by reason:\n" + SimulationTable.reasonMix(figures, ADAPTIVE));
        System.out.println("Largest fall of one skill's credit on one answer, in points:\n"
                + SimulationTable.largestDrops(figures, arms));
        List<String> routingArms = List.of(ADAPTIVE, NO_ROUTING);
        System.out.println("Basic operations left out of the assignment:\n"
                + SimulationTable.itemsToMastery(routing, routingArms) + "\n"
                + SimulationTable.trueSuccess(routing, routingArms) + "\n"
                + SimulationTable.reasonMix(routing, ADAPTIVE));
    }
}
