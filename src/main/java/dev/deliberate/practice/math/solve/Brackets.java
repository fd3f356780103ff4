package dev.deliberate.practice.math.solve;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.Operator;

/** Whether an equation has brackets to multiply out, such as {@code 2(x + 1)} or {@code −(x − 3)}. */
final class Brackets {

    private Brackets() {
    }

    static boolean in(Equation equation) {
        return in(equation.left()) || in(equation.right());
    }

    static boolean in(Expression expression) {
        if (expression instanceof Negation negation) {
            return isSum(negation.operand()) || in(negation.operand());
        }
        if (!(expression instanceof Operation operation)) {
            return false;
        }
        boolean here = switch (operation.operator()) {
            case TIMES -> isSum(operation.left()) || isSum(operation.right());
            case MINUS -> isSum(operation.right());
            case DIVIDE -> isSum(operation.left());
            default -> false;
        };
        return here || in(operation.left()) || in(operation.right());
    }

    static boolean isSum(Expression expression) {
        return expression instanceof Operation operation
                && (operation.operator() == Operator.PLUS || operation.operator() == Operator.MINUS);
    }
}
