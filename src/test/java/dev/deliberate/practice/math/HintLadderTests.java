package dev.deliberate.practice.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.math.solve.WorkedExample;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Text;

class HintLadderTests {

    private final ItemGenerator generator = new ItemGenerator();
    private final MathSubject subject = new MathSubject();

    @Test
    void beforeAnyTryNoRungWritesTheFinalAnswerAndEachRungSaysSomethingNew() {
        int ladders = 0;
        for (MathSkill skill : MathSkill.values()) {
            for (int level = 1; level <= 5; level++) {
                for (long seed = 1; seed <= 20; seed++) {
                    MathItem item = generator.generate(ItemRequest.of(skill, level, seed));
                    List<Text> ladder = HintLadder.of(item, new Response("", List.of()), false);
                    String answerLine = item.workedExample().steps().get(item.workedExample().stepCount()).text();

                    assertThat(ladder).hasSize(3).doesNotHaveDuplicates();
                    assertThat(ladder).as("%s level %d seed %d", skill, level, seed)
                            .noneMatch(rung -> rung.args().contains(answerLine));
                    ladders++;
                }
            }
        }
        System.out.printf("hint ladders checked before a try: %d%n", ladders);
    }

    @Test
    void theLadderStartsFromTheLearnersLastRightLine() {
        MathItem item = generator.generate(ItemRequest.of(MathSkill.VARIABLES_BOTH_SIDES, 4, 17));
        WorkedExample path = item.workedExample();
        assertThat(path.stepCount()).isGreaterThanOrEqualTo(3);
        String reached = path.steps().get(1).text();

        List<Text> ladder = HintLadder.of(item, new Response("", List.of(path.steps().get(0).text(), reached)), true);

        assertThat(ladder.get(1)).isEqualTo(Text.of("math.hint.ladder.operation", MathSubject.text(path.steps().get(2).reason())));
        assertThat(ladder.get(2)).isEqualTo(Text.of("math.hint.ladder.line", path.steps().get(2).text()));
    }

    @Test
    void aWrongLineEndsWhatCountsAsReached() {
        MathItem item = generator.generate(ItemRequest.of(MathSkill.TWO_STEP, 2, 5));
        WorkedExample path = item.workedExample();

        List<Text> fromTheTop = HintLadder.of(item, new Response("", List.of()), true);
        List<Text> afterAWrongLine = HintLadder.of(item, new Response("", List.of("x = 12345", path.steps().get(1).text())), true);

        assertThat(afterAWrongLine).isEqualTo(fromTheTop);
    }

    @Test
    void aParallelItemHasTheSameSkillAndLevelButOtherNumbersContextAndAnswer() {
        for (MathSkill skill : MathSkill.values()) {
            for (long seed = 1; seed <= 30; seed++) {
                PreparedItem own = subject.next(new dev.deliberate.practice.spi.NextItemSpec(skill.id(), 3, java.util.Set.of(),
                        List.of(), seed, java.util.Set.of()));
                ItemSpec spec = own.spec();
                PreparedItem parallel = subject.parallel(spec);

                assertThat(parallel.spec().skillId()).isEqualTo(spec.skillId());
                assertThat(Math.floor(parallel.spec().difficulty())).isEqualTo(Math.floor(spec.difficulty()));
                assertThat(parallel.spec().context()).isNotEqualTo(spec.context());
                assertThat(parallel.answer()).isNotEqualTo(own.answer());
                assertThat(subject.parallel(spec)).as("the same parallel on every render").isEqualTo(parallel);
            }
        }
    }
}
