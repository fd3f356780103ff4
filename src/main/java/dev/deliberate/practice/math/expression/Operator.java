package dev.deliberate.practice.math.expression;

/** The operators of the grammar, with their binding strength (higher binds tighter). */
public enum Operator {
    PLUS('+', 1), MINUS('-', 1), TIMES('*', 2), DIVIDE('/', 2), POWER('^', 4);

    private final char symbol;
    private final int precedence;

    Operator(char symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public char symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }
}
