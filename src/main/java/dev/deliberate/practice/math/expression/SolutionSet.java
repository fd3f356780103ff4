package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/** What solves a linear equation: one number, every number (an identity) or none (a contradiction). */
public sealed interface SolutionSet {

    /** The solution set of {@code difference = 0}. */
    static SolutionSet of(LinearForm difference) {
        if (!difference.isConstant()) {
            return new One(difference.constant().negate().dividedBy(difference.coefficient()));
        }
        return difference.constant().isZero() ? new Every() : new None();
    }

    /** Exactly one solution. */
    record One(Rational value) implements SolutionSet {
    }

    /** Every number is a solution, as in {@code 2x = 2x}. */
    record Every() implements SolutionSet {
    }

    /** No number is a solution, as in {@code 0 = 5}. */
    record None() implements SolutionSet {
    }
}
