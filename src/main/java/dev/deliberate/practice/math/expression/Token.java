package dev.deliberate.practice.math.expression;

/** One token of a line; {@code position} is 1-based, {@code literal} is set for numbers only. */
record Token(Kind kind, String text, int position, Literal literal) {

    enum Kind { NUMBER, LETTER, PLUS, MINUS, TIMES, DIVIDE, POWER, SQUARED, LEFT, RIGHT, EQUALS, END }

    static Token of(Kind kind, String text, int position) {
        return new Token(kind, text, position, null);
    }

    boolean is(Kind other) {
        return kind == other;
    }

    /** Whether the token can start an operand: a number, a letter or an opening bracket. */
    boolean startsOperand() {
        return kind == Kind.NUMBER || kind == Kind.LETTER || kind == Kind.LEFT;
    }
}
