package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.math.solve.WorkedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class StepCheckerPropertiesTests {

    private final ItemGenerator generator = new ItemGenerator();
    private final StepChecker checker = new StepChecker();

    @Property(tries = 300)
    void theEnginesOwnWorkedExampleIsJudgedCorrect(@ForAll MathSkill skill, @ForAll @IntRange(min = 1, max = 5) int level,
                                                   @ForAll long seed) {
        MathItem item = generator.generate(ItemRequest.of(skill, level, seed));
        List<String> lines = item.workedExample().steps().stream().map(WorkedStep::text).toList();

        Feedback feedback = checker.check(item, new StudentWork(lines, item.answerText()));

        assertThat(feedback.verdict()).as(String.join(" | ", lines)).isEqualTo(Verdict.CORRECT);
    }

    @Property(tries = 400)
    void aValidTransformationOfBothSidesIsJudgedEquivalent(@ForAll MathSkill skill, @ForAll @IntRange(min = 1, max = 5) int level,
                                                           @ForAll long seed) {
        MathItem item = generator.generate(ItemRequest.of(skill, level, seed));
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        Equation equation = item.equation();
        for (int step = 0; step < 3; step++) {
            equation = transform(equation, random);
            lines.add(ExpressionPrinter.display().print(equation));
        }

        Feedback feedback = checker.check(item, new StudentWork(lines, item.answerText()));

        assertThat(feedback.verdict()).as(String.join(" | ", lines)).isEqualTo(Verdict.CORRECT);
    }

    /** Adds, subtracts, multiplies or divides both sides by the same number, swaps or tidies the sides. */
    private static Equation transform(Equation equation, Random random) {
        Expression amount = Expression.of(Rational.of(1 + random.nextInt(9), 1 + random.nextInt(3)));
        Expression left = equation.left();
        Expression right = equation.right();
        return switch (random.nextInt(6)) {
            case 0 -> new Equation(Expression.plus(left, amount), Expression.plus(right, amount), equation.unknown());
            case 1 -> new Equation(Expression.minus(left, amount), Expression.minus(right, amount), equation.unknown());
            case 2 -> new Equation(Expression.times(amount, left), Expression.times(amount, right), equation.unknown());
            case 3 -> new Equation(Expression.divide(left, amount), Expression.divide(right, amount), equation.unknown());
            case 4 -> equation.swapped();
            default -> CanonicalForm.of(equation.leftForm(), equation.rightForm(), equation.unknown(), NumberStyle.FRACTION);
        };
    }
}
