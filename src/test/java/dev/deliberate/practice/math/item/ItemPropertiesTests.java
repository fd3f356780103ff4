package dev.deliberate.practice.math.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class ItemPropertiesTests {

    private static final int SEEDS_PER_LEVEL = 120;
    private final ItemGenerator generator = new ItemGenerator();

    @Property(tries = 600)
    void everyItemHasExactlyOneSolutionAndItIsTheEnginesAnswer(@ForAll MathSkill skill,
                                                             @ForAll @DoubleRange(min = 1, max = 5) double difficulty,
                                                             @ForAll long seed,
                                                             @ForAll("contexts") Optional<ProblemContext> context) {
        ItemRequest request = ItemRequest.of(skill, difficulty, seed);
        MathItem item = generator.generate(context.map(request::inContext).orElse(request));
        for (String text : new String[] {item.equationText(), item.equation().toString()}) {
            Equation reread = EquationParser.parse(text).value();
            assertThat(reread.solutions()).as(text).isEqualTo(new SolutionSet.One(item.answer()));
            assertThat(reread.holdsAt(item.answer())).as(text).isTrue();
            assertThat(reread.holdsAt(item.answer().plus(Rational.ONE))).as(text).isFalse();
        }
    }

    @Property(tries = 22)
    void measuredDifficultyRisesWithTheRequestedDifficulty(@ForAll MathSkill skill, @ForAll long baseSeed) {
        double[] scores = new double[6];
        ItemDifficulty[] easiest = new ItemDifficulty[SEEDS_PER_LEVEL];
        ItemDifficulty[] hardest = new ItemDifficulty[SEEDS_PER_LEVEL];
        for (int level = 1; level <= 5; level++) {
            for (int i = 0; i < SEEDS_PER_LEVEL; i++) {
                ItemDifficulty measure = generator.generate(ItemRequest.of(skill, level, baseSeed + i)).measure();
                scores[level] += measure.score() / SEEDS_PER_LEVEL;
                easiest[i] = level == 1 ? measure : easiest[i];
                hardest[i] = level == 5 ? measure : hardest[i];
            }
        }
        for (int level = 2; level <= 5; level++) {
            assertThat(scores[level]).as(skill + " level " + level).isGreaterThanOrEqualTo(scores[level - 1] - 0.25);
        }
        assertThat(scores[5]).isGreaterThan(scores[1] + 1);
        assertThat(average(hardest, ItemDifficulty::steps)).isGreaterThanOrEqualTo(average(easiest, ItemDifficulty::steps));
        assertThat(average(hardest, ItemDifficulty::size)).isGreaterThanOrEqualTo(average(easiest, ItemDifficulty::size));
        assertThat(average(hardest, ItemDifficulty::negatives)).isGreaterThanOrEqualTo(average(easiest, ItemDifficulty::negatives));
        assertThat(average(hardest, ItemDifficulty::fractions)).isGreaterThanOrEqualTo(average(easiest, ItemDifficulty::fractions) - 0.5);
    }

    @Property(tries = 200)
    void theSameRequestGivesTheSameItem(@ForAll MathSkill skill, @ForAll @DoubleRange(min = 1, max = 5) double difficulty,
                                        @ForAll long seed, @ForAll("interests") Set<ProblemContext> interests) {
        ItemRequest request = ItemRequest.of(skill, difficulty, seed).withInterests(interests);
        assertThat(generator.generate(request)).isEqualTo(generator.generate(request));
    }

    @Provide
    Arbitrary<Optional<ProblemContext>> contexts() {
        return Arbitraries.of(ProblemContext.class).optional(0.7);
    }

    @Provide
    Arbitrary<Set<ProblemContext>> interests() {
        return Arbitraries.of(ProblemContext.class).set().ofMaxSize(4);
    }

    private static double average(ItemDifficulty[] measures, java.util.function.ToDoubleFunction<ItemDifficulty> component) {
        return java.util.Arrays.stream(measures).mapToDouble(component).average().orElse(0);
    }
}
