package dev.deliberate.practice.math.solve;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.Operator;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.expression.Unknown;
import java.util.List;

/**
 * Whether a side must be tidied before solving: brackets to multiply out, like terms to combine
 * or a term more tangled than {@code 3x}, {@code x/4}, {@code (2/3)x} or a plain number.
 */
final class Tidiness {

    private Tidiness() {
    }

    static boolean needsTidying(Equation equation) {
        return Brackets.in(equation) || needsTidying(equation.left()) || needsTidying(equation.right());
    }

    private static boolean needsTidying(Expression side) {
        List<Term> terms = Term.of(side);
        long unknowns = terms.stream().filter(Term::hasUnknown).count();
        long numbers = terms.size() - unknowns;
        return unknowns > 1 || numbers > 1 || !terms.stream().allMatch(term -> isSimple(term.body()));
    }

    private static boolean isSimple(Expression term) {
        if (term instanceof Unknown || isNumber(term)) {
            return true;
        }
        if (term instanceof Negation negation) {
            return isSimple(negation.operand());
        }
        if (!(term instanceof Operation operation)) {
            return false;
        }
        return switch (operation.operator()) {
            case TIMES -> isNumber(operation.left()) && operation.right() instanceof Unknown;
            case DIVIDE -> isNumber(operation.right())
                    && (operation.left() instanceof Unknown || isSimple(operation.left()) && !isNumber(operation.left()));
            default -> false;
        };
    }

    /** A number as written: {@code 3}, {@code 0.5}, {@code 3/4}, {@code −3/4}. */
    private static boolean isNumber(Expression expression) {
        if (expression instanceof Literal) {
            return true;
        }
        if (expression instanceof Negation negation) {
            return isNumber(negation.operand());
        }
        return expression instanceof Operation operation && operation.operator() == Operator.DIVIDE
                && isNumber(operation.left()) && isNumber(operation.right());
    }
}
