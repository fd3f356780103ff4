package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.Operator;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.util.List;
import java.util.Optional;

/**
 * A term that is a bracket times a number: {@code 3(x − 2)} (multiplier 3), {@code −(x + 4)} and
 * {@code 5 − (x + 4)} (multiplier −1), {@code (x + 6)/2} (multiplier 1/2, a division).
 */
record Bracket(Rational multiplier, Expression group, boolean division) {

    static Optional<Bracket> in(Term term) {
        return of(term.body()).map(bracket -> term.negative() ? bracket.negated() : bracket);
    }

    private static Optional<Bracket> of(Expression body) {
        if (isSum(body)) {
            return Optional.of(new Bracket(Rational.ONE, body, false));
        }
        if (body instanceof Negation negation) {
            return of(negation.operand()).map(Bracket::negated);
        }
        if (!(body instanceof Operation operation)) {
            return Optional.empty();
        }
        Expression left = operation.left();
        Expression right = operation.right();
        return switch (operation.operator()) {
            case TIMES -> isSum(right) && isNumber(left) ? Optional.of(new Bracket(value(left), right, false))
                    : isSum(left) && isNumber(right) ? Optional.of(new Bracket(value(right), left, false))
                    : Optional.empty();
            case DIVIDE -> isSum(left) && isNumber(right) && !value(right).isZero()
                    ? Optional.of(new Bracket(value(right).reciprocal(), left, true)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Bracket negated() {
        return new Bracket(multiplier.negate(), group, division);
    }

    /** The values of the terms inside the bracket. */
    List<LinearForm> inside() {
        return Term.of(group).stream().map(Term::value).toList();
    }

    /** The bracket's value when the multiplier reaches only the first term inside. */
    LinearForm firstTermOnly() {
        List<LinearForm> inside = inside();
        LinearForm result = inside.get(0).times(multiplier);
        for (LinearForm rest : inside.subList(1, inside.size())) {
            result = result.plus(rest);
        }
        return result;
    }

    private static boolean isSum(Expression expression) {
        return expression instanceof Operation operation
                && (operation.operator() == Operator.PLUS || operation.operator() == Operator.MINUS);
    }

    private static boolean isNumber(Expression expression) {
        return LinearForm.of(expression).isConstant();
    }

    private static Rational value(Expression expression) {
        return LinearForm.of(expression).constant();
    }
}
