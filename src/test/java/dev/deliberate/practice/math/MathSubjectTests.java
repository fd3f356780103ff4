package dev.deliberate.practice.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the practice loop receives: a misconception code only when one was named, so the learner model counts nothing else. */
class MathSubjectTests {

    private final MathSubject subject = new MathSubject();
    private final ItemSpec spec = new ItemSpec(MathSkill.TWO_STEP.id(), 1.0, "", "", 42);

    @Test
    void aLineNoFaultyStepExplainsReachesTheLoopWithoutAMisconception() {
        Checked checked = subject.check(spec, new Response("", List.of("7x = 1000")));
        assertThat(checked.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(checked.line()).isEqualTo(1);
        assertThat(checked.misconception()).isNull();
    }

    @Test
    void aReproducedFaultReachesTheLoopWithItsCode() {
        Equation problem = new ItemGenerator().generate(ItemRequest.of(MathSkill.TWO_STEP, 1.0, 42)).equation();
        LinearForm left = problem.leftForm();
        String oneSideOnly = CanonicalForm.of(LinearForm.unknown(left.coefficient()), problem.rightForm(), 'x', NumberStyle.FRACTION)
                .toString();
        Checked checked = subject.check(spec, new Response("", List.of(oneSideOnly)));
        assertThat(checked.misconception()).isEqualTo("ONE_SIDE_ONLY");
    }
}
