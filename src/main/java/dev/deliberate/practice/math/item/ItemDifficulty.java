package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.Operator;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.solve.Solver;

/**
 * How hard an item is, read off the item: the steps of its worked solution (one more to write a
 * story as an equation), the size of its largest number in digits (log10), the negative numbers
 * (including a negative answer) and the fractions and decimals (including a non-whole answer).
 */
public record ItemDifficulty(int steps, double size, int negatives, int fractions) {

    /** Measures an equation and its answer; {@code story} adds the step of writing the equation. */
    public static ItemDifficulty of(Equation equation, Rational answer, boolean story) {
        Counts counts = new Counts();
        counts.visit(equation.left());
        counts.visit(equation.right());
        counts.number(answer);
        int steps = Solver.solve(equation).stepCount() + (story ? 1 : 0);
        int negatives = counts.negatives + (answer.signum() < 0 ? 1 : 0);
        int fractions = counts.fractions + (answer.isInteger() ? 0 : 1);
        return new ItemDifficulty(steps, Math.log10(counts.largest + 1), negatives, fractions);
    }

    /** One number to compare items: steps weigh most, then size, fractions and negatives. */
    public double score() {
        return steps + 1.5 * size + 0.75 * fractions + 0.5 * negatives;
    }

    private static final class Counts {
        private double largest;
        private int negatives;
        private int fractions;

        void visit(Expression expression) {
            if (expression instanceof Literal literal) {
                number(literal.value());
                fractions += literal.notation() == Literal.Notation.INTEGER ? 0 : 1;
            } else if (expression instanceof Negation negation) {
                negatives++;
                visit(negation.operand());
            } else if (expression instanceof Operation operation) {
                fractions += operation.operator() == Operator.DIVIDE ? 1 : 0;
                visit(operation.left());
                visit(operation.right());
            }
        }

        void number(Rational value) {
            largest = Math.max(largest, value.numerator().abs().doubleValue());
            largest = Math.max(largest, value.denominator().doubleValue());
        }
    }
}
