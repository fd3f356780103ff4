package dev.deliberate.practice.math.solve;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.MathMlPrinter;
import dev.deliberate.practice.spi.MathMarkup;

/** One line of a worked solution and the short reason that leads to it. */
public record WorkedStep(Equation equation, MessageRef reason) {

    /** The line as learners see it, e.g. {@code 2x = 6}; the parser reads it back. */
    public String text() {
        return ExpressionPrinter.display().print(equation);
    }

    /** The line as MathML, typeset by the browser. */
    public MathMarkup math() {
        return MathMlPrinter.print(equation);
    }
}
