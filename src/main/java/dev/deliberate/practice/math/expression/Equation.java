package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/**
 * A linear equation in one unknown, as written. Built by {@link EquationParser} from learner text
 * or by the generator; the constructor rejects a tree that is not linear.
 */
public record Equation(Expression left, Expression right, char unknown) {

    public Equation {
        try {
            Linearizer.linearize(left);
            Linearizer.linearize(right);
        } catch (NotLinear notLinear) {
            throw new IllegalArgumentException("not a linear equation: " + notLinear.code());
        }
    }

    /** {@code a·x + b} for the left-hand side. */
    public LinearForm leftForm() {
        return Linearizer.linearize(left);
    }

    /** {@code a·x + b} for the right-hand side. */
    public LinearForm rightForm() {
        return Linearizer.linearize(right);
    }

    /** Left minus right: the equation is {@code difference() = 0}. */
    public LinearForm difference() {
        return leftForm().minus(rightForm());
    }

    /** One value, every number or none, computed exactly. */
    public SolutionSet solutions() {
        return SolutionSet.of(difference());
    }

    /** Whether both equations have the same solution set (identities and contradictions included). */
    public boolean isEquivalentTo(Equation other) {
        return solutions().equals(other.solutions());
    }

    /** Whether substituting {@code value} for the unknown makes both sides equal. */
    public boolean holdsAt(Rational value) {
        return leftForm().at(value).equals(rightForm().at(value));
    }

    /** Whether one side is the unknown alone and the other has no unknown, e.g. {@code x = 3}. */
    public boolean isSolved() {
        return left instanceof Unknown && rightForm().isConstant()
                || right instanceof Unknown && leftForm().isConstant();
    }

    /** The same equation with its sides exchanged. */
    public Equation swapped() {
        return new Equation(right, left, unknown);
    }

    /** The plain text form that {@link EquationParser} reads back. */
    @Override
    public String toString() {
        return ExpressionPrinter.plain().print(this);
    }
}
