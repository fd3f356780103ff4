package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.RationalFormat;

/**
 * Writes trees back as text that {@link EquationParser} reads into the same tree: {@link #plain()}
 * in ASCII, {@link #display()} for learners with a typographic minus, a raised dot and brackets
 * around negative operands ({@code 3 + (−2)}).
 */
public final class ExpressionPrinter {

    private static final int ATOM = 5;
    private static final int SIGNED = 3;

    private final String minus;
    private final String times;
    private final String divideSign;
    private final boolean bracketNegatives;

    private ExpressionPrinter(String minus, String times, String divideSign, boolean bracketNegatives) {
        this.minus = minus;
        this.times = times;
        this.divideSign = divideSign;
        this.bracketNegatives = bracketNegatives;
    }

    /** ASCII: {@code -2(x + 1) = 3 * -4}. */
    public static ExpressionPrinter plain() {
        return new ExpressionPrinter("-", " * ", null, false);
    }

    /** For learners: {@code −2(x + 1) = 3 · (−4)}, {@code (2/5) ÷ (2/9)}. */
    public static ExpressionPrinter display() {
        return new ExpressionPrinter(String.valueOf(RationalFormat.MINUS), " · ", " ÷ ", true);
    }

    /** Both sides joined by {@code =}. */
    public String print(Equation equation) {
        return print(equation.left()) + " = " + print(equation.right());
    }

    /** One expression, with brackets only where the tree needs them. */
    public String print(Expression expression) {
        if (expression instanceof Literal literal) {
            return literal(literal);
        }
        if (expression instanceof Unknown unknown) {
            return String.valueOf(unknown.name());
        }
        if (expression instanceof Negation negation) {
            return minus + operand(negation.operand(), precedence(negation.operand()) < SIGNED);
        }
        return operation((Operation) expression);
    }

    private String operation(Operation operation) {
        Expression left = operation.left();
        Expression right = operation.right();
        int own = operation.operator().precedence();
        return switch (operation.operator()) {
            case PLUS -> operand(left, false) + " + " + operand(right, needsBrackets(right, own));
            case MINUS -> operand(left, false) + " " + minus + " " + operand(right, needsBrackets(right, own));
            case TIMES -> product(left, right);
            case DIVIDE -> quotient(left, right);
            case POWER -> operand(left, precedence(left) < ATOM) + "^" + operand(right, precedence(right) < SIGNED);
        };
    }

    private String product(Expression left, Expression right) {
        boolean rightBracketed = needsBrackets(right, Operator.TIMES.precedence());
        boolean implicit = right instanceof Unknown && !(left instanceof Unknown)
                || precedence(right) <= Operator.TIMES.precedence();
        boolean leftBracketed = precedence(left) < Operator.TIMES.precedence()
                || implicit && left instanceof Operation op && op.operator() == Operator.DIVIDE;
        return operand(left, leftBracketed) + (implicit ? "" : times) + operand(right, rightBracketed);
    }

    /** {@code x/4}, {@code (x + 1)/2}; a fraction divided by something reads {@code (2/5) ÷ (2/9)}. */
    private String quotient(Expression left, Expression right) {
        int own = Operator.DIVIDE.precedence();
        boolean ofFraction = left instanceof Operation op && op.operator() == Operator.DIVIDE;
        String sign = ofFraction && divideSign != null ? divideSign : "/";
        return operand(left, precedence(left) < own || ofFraction && divideSign != null) + sign
                + operand(right, needsBrackets(right, own));
    }

    private boolean needsBrackets(Expression right, int own) {
        return precedence(right) <= own || bracketNegatives && right instanceof Negation;
    }

    private String operand(Expression expression, boolean bracketed) {
        String text = print(expression);
        return bracketed ? "(" + text + ")" : text;
    }

    private static String literal(Literal literal) {
        return switch (literal.notation()) {
            case INTEGER -> literal.value().toString();
            case DECIMAL -> RationalFormat.decimal(literal.value()).orElseThrow();
            case MIXED -> RationalFormat.mixed(literal.value());
        };
    }

    static int precedence(Expression expression) {
        if (expression instanceof Operation operation) {
            return operation.operator().precedence();
        }
        return expression instanceof Negation ? SIGNED : ATOM;
    }
}
