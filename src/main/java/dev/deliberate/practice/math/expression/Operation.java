package dev.deliberate.practice.math.expression;

/** Two operands joined by an operator; implicit multiplication ({@code 3x}) is {@link Operator#TIMES}. */
public record Operation(Operator operator, Expression left, Expression right) implements Expression {
}
