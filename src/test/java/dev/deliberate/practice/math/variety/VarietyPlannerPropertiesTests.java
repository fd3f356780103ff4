package dev.deliberate.practice.math.variety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.item.Difficulty;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemKey;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.item.ProblemContext;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class VarietyPlannerPropertiesTests {

    private static final int RUN = 100;
    private final VarietyPlanner planner = new VarietyPlanner(new ItemGenerator());

    @Property(tries = 100)
    void hundredConsecutiveItemsNeverRepeatAndUseFiveContexts(@ForAll MathSkill skill,
                                                             @ForAll @IntRange(min = 1, max = 5) int level,
                                                             @ForAll("interests") Set<ProblemContext> interests,
                                                             @ForAll long learnerSeed) {
        List<MathItem> items = run(skill, Difficulty.of(level), interests, learnerSeed);

        Set<ItemKey> keys = items.stream().map(MathItem::key).collect(Collectors.toSet());
        Set<ProblemContext> contexts = items.stream().map(MathItem::context).flatMap(Optional::stream).collect(Collectors.toSet());
        assertThat(keys).hasSize(RUN);
        assertThat(contexts).hasSizeGreaterThanOrEqualTo(5);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.skill()).isEqualTo(skill);
            assertThat(item.difficulty()).isEqualTo(Difficulty.of(level));
        });
    }

    @Property(tries = 10)
    void interestsComeUpMoreOftenThanGeneralContexts(@ForAll("oneInterest") ProblemContext interest, @ForAll long learnerSeed) {
        List<MathItem> items = run(MathSkill.TWO_STEP, Difficulty.of(2), Set.of(interest), learnerSeed);
        long withInterest = items.stream().filter(item -> item.context().equals(Optional.of(interest))).count();
        long withFinance = items.stream().filter(item -> item.context().equals(Optional.of(ProblemContext.FINANCE))).count();
        assertThat(withInterest).isGreaterThan(withFinance);
    }

    private List<MathItem> run(MathSkill skill, Difficulty difficulty, Set<ProblemContext> interests, long learnerSeed) {
        List<ServedItem> history = new ArrayList<>();
        List<MathItem> items = new ArrayList<>();
        for (int i = 0; i < RUN; i++) {
            MathItem item = planner.next(history, skill, difficulty, interests, learnerSeed);
            history.add(ServedItem.of(item));
            items.add(item);
        }
        return items;
    }

    @Provide
    Arbitrary<Set<ProblemContext>> interests() {
        return Arbitraries.of(ProblemContext.values()).filter(ProblemContext::isInterest).set().ofMaxSize(6)
                .map(HashSet::new);
    }

    @Provide
    Arbitrary<ProblemContext> oneInterest() {
        return Arbitraries.of(ProblemContext.values()).filter(ProblemContext::isInterest);
    }
}
