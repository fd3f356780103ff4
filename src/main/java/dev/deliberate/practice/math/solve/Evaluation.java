package dev.deliberate.practice.math.solve;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.Operator;
import dev.deliberate.practice.math.expression.Unknown;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out {@code x = 7 − 3 · 4} one operation at a time, in the order the tree (and so the
 * order of operations) dictates: {@code x = 7 − 12}, then {@code x = −5}.
 */
final class Evaluation {

    private Evaluation() {
    }

    /** Whether the equation is the unknown alone against arithmetic still to be worked out. */
    static boolean applies(Equation equation) {
        return equation.left() instanceof Unknown && equation.rightForm().isConstant() && !isValue(equation.right());
    }

    static List<WorkedStep> steps(Equation equation) {
        NumberStyle style = NumberStyle.of(equation);
        List<WorkedStep> steps = new ArrayList<>();
        Expression side = equation.right();
        while (!isValue(side)) {
            Expression next = firstReducible(side);
            Expression value = style.write(LinearForm.of(next).constant());
            side = replace(side, next, value);
            String shown = ExpressionPrinter.display().print(next);
            steps.add(new WorkedStep(new Equation(equation.left(), side, equation.unknown()),
                    MessageRef.of("math.solve.evaluate", shown)));
        }
        return steps;
    }

    /** A finished number: {@code 3}, {@code 0.5}, {@code 1 1/2}, {@code −3/4} in lowest terms. */
    static boolean isValue(Expression expression) {
        if (expression instanceof Negation negation) {
            return !(negation.operand() instanceof Negation) && isValue(negation.operand());
        }
        if (expression instanceof Operation operation) {
            return operation.operator() == Operator.DIVIDE && isLowestTermsFraction(operation);
        }
        return expression instanceof Literal;
    }

    private static boolean isLowestTermsFraction(Operation division) {
        Expression numeratorSide = division.left() instanceof Negation negation ? negation.operand() : division.left();
        if (!(numeratorSide instanceof Literal top) || !(division.right() instanceof Literal bottom)
                || !top.value().isInteger() || !bottom.value().isInteger()) {
            return false;
        }
        BigInteger numerator = top.value().numerator();
        BigInteger denominator = bottom.value().numerator();
        return numerator.gcd(denominator).equals(BigInteger.ONE) && denominator.compareTo(BigInteger.ONE) > 0;
    }

    /** The first part to work out: an operation on two finished numbers, or a doubled minus. */
    private static Expression firstReducible(Expression expression) {
        if (expression instanceof Negation negation) {
            return isValue(negation.operand()) ? negation : firstReducible(negation.operand());
        }
        Operation operation = (Operation) expression;
        if (!isValue(operation.left())) {
            return firstReducible(operation.left());
        }
        if (!isValue(operation.right())) {
            return firstReducible(operation.right());
        }
        return operation;
    }

    private static Expression replace(Expression tree, Expression target, Expression value) {
        if (tree == target) {
            return value;
        }
        if (tree instanceof Negation negation) {
            Expression inner = replace(negation.operand(), target, value);
            return inner instanceof Negation doubled ? doubled.operand() : new Negation(inner);
        }
        if (tree instanceof Operation operation) {
            return new Operation(operation.operator(), replace(operation.left(), target, value),
                    replace(operation.right(), target, value));
        }
        return tree;
    }
}
