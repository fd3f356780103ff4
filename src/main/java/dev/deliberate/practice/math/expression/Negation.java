package dev.deliberate.practice.math.expression;

/** A minus sign in front of something: {@code -3}, {@code -(x - 3)}. */
public record Negation(Expression operand) implements Expression {
}
