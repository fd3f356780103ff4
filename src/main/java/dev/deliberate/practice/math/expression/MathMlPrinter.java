package dev.deliberate.practice.math.expression;

import java.math.BigInteger;

import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.practice.spi.MathMarkup;

import static dev.deliberate.practice.spi.MathMarkup.fraction;
import static dev.deliberate.practice.spi.MathMarkup.identifier;
import static dev.deliberate.practice.spi.MathMarkup.number;
import static dev.deliberate.practice.spi.MathMarkup.operator;
import static dev.deliberate.practice.spi.MathMarkup.power;
import static dev.deliberate.practice.spi.MathMarkup.row;

/**
 * Writes trees as MathML, which the browser typesets itself: {@code x/4} becomes a built-up
 * fraction, the minus sign is U+2212, a product of a number and a letter carries an invisible
 * times (U+2062) for screen readers, and brackets appear where the tree needs them.
 */
public final class MathMlPrinter {

    private static final int ATOM = 5;
    private static final int SIGNED = 3;
    private static final String MINUS = String.valueOf(RationalFormat.MINUS);
    private static final String INVISIBLE_TIMES = "\u2062";

    private MathMlPrinter() {
    }

    /** Both sides joined by {@code =}, described by the text {@link ExpressionPrinter#display()} writes. */
    public static MathMarkup print(Equation equation) {
        return row(markup(equation.left()), operator("="), markup(equation.right()))
                .described(ExpressionPrinter.display().print(equation));
    }

    /** One expression; divisions as built-up fractions, explicit products with a raised dot. */
    public static MathMarkup print(Expression expression) {
        return markup(expression).described(ExpressionPrinter.display().print(expression));
    }

    private static MathMarkup markup(Expression expression) {
        if (expression instanceof Literal literal) {
            return literal(literal);
        }
        if (expression instanceof Unknown unknown) {
            return identifier(String.valueOf(unknown.name()));
        }
        if (expression instanceof Negation negation) {
            return row(operator(MINUS), operand(negation.operand(), precedence(negation.operand()) < SIGNED));
        }
        return operation((Operation) expression);
    }

    private static MathMarkup operation(Operation operation) {
        Expression left = operation.left();
        Expression right = operation.right();
        int own = operation.operator().precedence();
        return switch (operation.operator()) {
            case PLUS -> row(markup(left), operator("+"), operand(right, needsBrackets(right, own)));
            case MINUS -> row(markup(left), operator(MINUS), operand(right, needsBrackets(right, own)));
            case TIMES -> product(left, right);
            case DIVIDE -> quotient(left, right);
            case POWER -> power(operand(left, precedence(left) < ATOM || isFraction(left)), markup(right));
        };
    }

    private static MathMarkup quotient(Expression left, Expression right) {
        if (isFraction(left)) {
            return row(markup(left), operator("÷"), operand(right, precedence(right) <= Operator.DIVIDE.precedence()));
        }
        if (left instanceof Negation negative) {
            return row(operator(MINUS), fraction(markup(negative.operand()), markup(right)));
        }
        return fraction(markup(left), markup(right));
    }

    private static MathMarkup product(Expression left, Expression right) {
        boolean rightBracketed = needsBrackets(right, Operator.TIMES.precedence());
        boolean implicit = right instanceof Unknown && !(left instanceof Unknown)
                || precedence(right) <= Operator.TIMES.precedence();
        boolean leftBracketed = precedence(left) < Operator.TIMES.precedence();
        return row(operand(left, leftBracketed), operator(implicit ? INVISIBLE_TIMES : "·"), operand(right, rightBracketed));
    }

    private static boolean needsBrackets(Expression right, int own) {
        return precedence(right) <= own || right instanceof Negation;
    }

    private static boolean isFraction(Expression expression) {
        return expression instanceof Operation operation && operation.operator() == Operator.DIVIDE;
    }

    private static MathMarkup operand(Expression expression, boolean bracketed) {
        MathMarkup inner = markup(expression);
        return bracketed ? row(operator("("), inner, operator(")")) : inner;
    }

    private static MathMarkup literal(Literal literal) {
        Rational value = literal.value();
        return switch (literal.notation()) {
            case INTEGER -> number(value.toString());
            case DECIMAL -> number(RationalFormat.decimal(value).orElseThrow());
            case MIXED -> {
                BigInteger[] parts = value.numerator().divideAndRemainder(value.denominator());
                yield row(number(parts[0].toString()),
                        fraction(number(parts[1].toString()), number(value.denominator().toString())));
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
