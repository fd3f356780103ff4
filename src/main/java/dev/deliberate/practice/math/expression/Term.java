package dev.deliberate.practice.math.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * One term of a side as written, with the sign in front of it: {@code 3x − (x + 2) + 5} has the
 * terms {@code +3x}, {@code −(x + 2)} and {@code +5}. A bracket after a minus stays one term, so a
 * faulty step that multiplies it out can be compared with what the learner wrote.
 */
public record Term(boolean negative, Expression body) {

    /** The terms of a side, left to right. */
    public static List<Term> of(Expression side) {
        List<Term> terms = new ArrayList<>();
        collect(side, false, terms);
        return terms;
    }

    private static void collect(Expression expression, boolean negative, List<Term> terms) {
        if (expression instanceof Operation operation && operation.operator() == Operator.PLUS) {
            collect(operation.left(), negative, terms);
            collect(operation.right(), negative, terms);
        } else if (expression instanceof Operation operation && operation.operator() == Operator.MINUS) {
            collect(operation.left(), negative, terms);
            terms.add(new Term(!negative, operation.right()));
        } else {
            terms.add(new Term(negative, expression));
        }
    }

    /** The term's value with its sign, as {@code a·x + b}. */
    public LinearForm value() {
        LinearForm body = LinearForm.of(this.body);
        return negative ? body.negate() : body;
    }

    /** Whether the term has the unknown in it. */
    public boolean hasUnknown() {
        return !value().isConstant();
    }
}
