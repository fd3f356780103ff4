package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.MathMlPrinter;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.math.solve.Solver;
import dev.deliberate.practice.math.solve.WorkedExample;
import dev.deliberate.practice.spi.MathMarkup;
import java.util.Optional;

/**
 * One generated practice item. {@code statement} is what the learner reads (render it with the
 * math bundle); {@code equation} is the item's equation (for a word problem, the one the story
 * describes, which the learner has to find); {@code answer} is its single solution, computed
 * exactly by the engine. Regenerating from the same request gives the same item.
 */
public record MathItem(MathSkill skill, Difficulty difficulty, long seed, Optional<ProblemContext> context,
                       String wordingKey, MessageRef statement, Equation equation, Rational answer) {

    /** The pair that must not repeat for a learner: equation text and wording key. */
    public ItemKey key() {
        return new ItemKey(ExpressionPrinter.plain().print(equation), wordingKey);
    }

    /** Whether the learner has to write the equation from a story. */
    public boolean isWordProblem() {
        return skill == MathSkill.WORD_PROBLEMS;
    }

    /** The equation as learners see it, e.g. {@code 3(x − 2) = 12}. */
    public String equationText() {
        return ExpressionPrinter.display().print(equation);
    }

    /** The equation as MathML, typeset by the browser. */
    public MathMarkup equationMath() {
        return MathMlPrinter.print(equation);
    }

    /** The answer as the item writes numbers: {@code 6.5} for decimal items, {@code −9/2} otherwise. */
    public String answerText() {
        return ExpressionPrinter.display().print(NumberStyle.of(equation).write(answer));
    }

    /** The answer as MathML. */
    public MathMarkup answerMath() {
        return MathMlPrinter.print(NumberStyle.of(equation).write(answer));
    }

    /** How hard the item is, measured from the item itself. */
    public ItemDifficulty measure() {
        return ItemDifficulty.of(equation, answer, isWordProblem());
    }

    /** A step-by-step solution, to show after repeated failure. */
    public WorkedExample workedExample() {
        return Solver.solve(equation, MessageRef.of(isWordProblem() ? "math.solve.from-story" : "math.solve.start"));
    }
}
