package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;

/** Writes trees as LaTeX for KaTeX: {@code \frac{2}{3}x - 4 = 2(x + 1)}. */
public final class LatexPrinter {

    private static final int ATOM = 5;
    private static final int SIGNED = 3;

    private LatexPrinter() {
    }

    /** Both sides joined by {@code =}. */
    public static String print(Equation equation) {
        return print(equation.left()) + " = " + print(equation.right());
    }

    /** One expression; fractions as {@code \\frac}, explicit products as {@code \\cdot}. */
    public static String print(Expression expression) {
        if (expression instanceof Literal literal) {
            return literal(literal);
        }
        if (expression instanceof Unknown unknown) {
            return String.valueOf(unknown.name());
        }
        if (expression instanceof Negation negation) {
            return "-" + operand(negation.operand(), precedence(negation.operand()) < SIGNED);
        }
        return operation((Operation) expression);
    }

    private static String operation(Operation operation) {
        Expression left = operation.left();
        Expression right = operation.right();
        int own = operation.operator().precedence();
        return switch (operation.operator()) {
            case PLUS -> print(left) + " + " + operand(right, needsBrackets(right, own));
            case MINUS -> print(left) + " - " + operand(right, needsBrackets(right, own));
            case TIMES -> product(left, right);
            case DIVIDE -> left instanceof Operation fraction && fraction.operator() == Operator.DIVIDE
                    ? print(left) + " \\div " + operand(right, precedence(right) <= Operator.DIVIDE.precedence())
                    : left instanceof Negation negative
                    ? "-\\frac{" + print(negative.operand()) + "}{" + print(right) + "}"
                    : "\\frac{" + print(left) + "}{" + print(right) + "}";
            case POWER -> "{" + operand(left, precedence(left) < ATOM) + "}^{" + print(right) + "}";
        };
    }

    private static String product(Expression left, Expression right) {
        boolean rightBracketed = needsBrackets(right, Operator.TIMES.precedence());
        boolean implicit = right instanceof Unknown && !(left instanceof Unknown)
                || precedence(right) <= Operator.TIMES.precedence();
        boolean leftBracketed = precedence(left) < Operator.TIMES.precedence();
        return operand(left, leftBracketed) + (implicit ? "" : " \\cdot ") + operand(right, rightBracketed);
    }

    private static boolean needsBrackets(Expression right, int own) {
        return precedence(right) <= own || right instanceof Negation;
    }

    private static String operand(Expression expression, boolean bracketed) {
        String text = print(expression);
        return bracketed ? "\\left(" + text + "\\right)" : text;
    }

    private static String literal(Literal literal) {
        Rational value = literal.value();
        return switch (literal.notation()) {
            case INTEGER -> value.toString();
            case DECIMAL -> RationalFormat.decimal(value).orElseThrow();
            case MIXED -> {
                Rational whole = Rational.of(value.numerator().divide(value.denominator()));
                yield whole + RationalFormat.latex(value.minus(whole));
            }
        };
    }

    private static int precedence(Expression expression) {
        if (expression instanceof Operation operation) {
            return operation.operator() == Operator.DIVIDE ? ATOM : operation.operator().precedence();
        }
        return expression instanceof Negation ? SIGNED : ATOM;
    }
}
