package dev.deliberate.practice.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wrong work simulated learners type: always wrong, and on one- and two-step items the first is
 * a sign error the checker names (elsewhere the checker may read the same line as another fault).
 */
class TypicalMistakesTests {

    private final MathSubject subject = new MathSubject();

    @ParameterizedTest
    @EnumSource(value = MathSkill.class, names = { "ONE_STEP_ADD_SUBTRACT", "TWO_STEP" })
    void theSignErrorIsJudgedAMovedTermsSignError(MathSkill skill) {
        for (long seed = 1; seed <= 200; seed++) {
            for (int level = 1; level <= 5; level++) {
                ItemSpec spec = subject.next(new NextItemSpec(skill.id(), level, Set.of(), List.of(),
                        seed, Set.of())).spec();
                List<Response> mistakes = subject.typicalMistakes(spec);
                Checked first = subject.check(spec, mistakes.get(0));
                assertThat(first.correct()).as("%s %s", spec, mistakes.get(0)).isFalse();
                if (mistakes.size() > 1) {
                    assertThat(first.misconception()).as("%s %s", spec, mistakes.get(0)).isEqualTo("SIGN_ERROR_MOVING_TERM");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MathSkill.class)
    void everyMistakeOfEverySkillIsJudgedWrong(MathSkill skill) {
        for (long seed = 1; seed <= 40; seed++) {
            PreparedItem item = subject.next(new NextItemSpec(skill.id(), 1 + (int) (seed % 5), Set.of(),
                    List.of(), seed, Set.of()));
            for (Response mistake : subject.typicalMistakes(item.spec())) {
                assertThat(subject.check(item.spec(), mistake).correct()).as("%s %s", item.spec(), mistake).isFalse();
            }
        }
    }
}
