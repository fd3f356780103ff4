package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.Operator;
import dev.deliberate.practice.math.expression.Unknown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code x = 2 + 3 · 4 → x = 20} and {@code 5 + 2(x − 1) = 12 → 7(x − 1) = 12}: a side worked out
 * from left to right, adding or subtracting before multiplying or dividing. Brackets the learner
 * wrote, written fractions such as {@code 2/3} and number-times-letter terms such as {@code 3x}
 * are kept whole.
 */
final class OrderOfOperationsHypothesis implements Hypothesis {

    @Override
    public List<Candidate> candidates(State state) {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean leftSide : new boolean[] {true, false}) {
            Expression side = leftSide ? state.equation().left() : state.equation().right();
            List<Expression> operands = new ArrayList<>();
            List<Operator> operators = new ArrayList<>();
            flatten(side, operands, operators);
            if (!mixesStrengths(operators)) {
                continue;
            }
            leftToRight(operands, operators)
                    .filter(value -> !value.equals(state.form(leftSide)))
                    .ifPresent(value -> candidates.add(state.candidate(
                            Diagnosis.of(Misconception.ORDER_OF_OPERATIONS, "order-of-operations",
                                    Shown.form(state.form(leftSide), state.unknown()),
                                    Shown.form(value, state.unknown())),
                            leftSide, value, state.form(!leftSide))));
        }
        return candidates;
    }

    /**
     * The side as written, operand operator operand …; what binds as one piece stays whole, and so
     * does a bracket (an operation under a stronger one, or a right operand of equal strength).
     */
    private static void flatten(Expression expression, List<Expression> operands, List<Operator> operators) {
        if (!(expression instanceof Operation operation) || isWhole(operation)) {
            operands.add(expression);
            return;
        }
        Expression left = operation.left();
        if (left instanceof Operation inner && inner.operator().precedence() < operation.operator().precedence()
                && !isWhole(inner)) {
            operands.add(left);
        } else {
            flatten(left, operands, operators);
        }
        operators.add(operation.operator());
        Expression right = operation.right();
        if (right instanceof Operation inner && inner.operator().precedence() <= operation.operator().precedence()
                && !isWhole(inner)) {
            operands.add(right);
        } else {
            flatten(right, operands, operators);
        }
    }

    /**
     * A written fraction ({@code 2/3}, but not {@code 6/3}, which is a division to do), a term
     * {@code 3x} or a power: read as one number.
     */
    private static boolean isWhole(Operation operation) {
        Operator operator = operation.operator();
        boolean fraction = operation.left() instanceof Literal && operation.right() instanceof Literal
                && !LinearForm.of(operation).constant().isInteger();
        return operator == Operator.POWER
                || operator == Operator.DIVIDE && fraction
                || operator == Operator.TIMES && (operation.right() instanceof Unknown || operation.left() instanceof Unknown);
    }

    private static boolean mixesStrengths(List<Operator> operators) {
        for (int i = 1; i < operators.size(); i++) {
            if (operators.get(i - 1).precedence() < operators.get(i).precedence()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LinearForm> leftToRight(List<Expression> operands, List<Operator> operators) {
        LinearForm value = LinearForm.of(operands.get(0));
        for (int i = 0; i < operators.size(); i++) {
            LinearForm next = LinearForm.of(operands.get(i + 1));
            switch (operators.get(i)) {
                case PLUS -> value = value.plus(next);
                case MINUS -> value = value.minus(next);
                case TIMES -> {
                    if (!value.isConstant() && !next.isConstant()) {
                        return Optional.empty();
                    }
                    value = value.isConstant() ? next.times(value.constant()) : value.times(next.constant());
                }
                case DIVIDE -> {
                    if (!next.isConstant() || next.constant().isZero()) {
                        return Optional.empty();
                    }
                    value = value.times(next.constant().reciprocal());
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(value);
    }
}
