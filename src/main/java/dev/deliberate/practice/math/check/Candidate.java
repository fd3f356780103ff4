package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.SolutionSet;

/**
 * The line a faulty step would produce from the previous line, as the forms of its two sides.
 * {@code faultOnLeft} says on which side of the previous line the fault was made, so that two
 * faults of one kind, one on each side, can be put together.
 */
record Candidate(Diagnosis diagnosis, LinearForm left, LinearForm right, boolean faultOnLeft) {

    /** Whether the learner's sides are exactly these (either way round). */
    boolean sameSidesAs(LinearForm otherLeft, LinearForm otherRight) {
        return left.equals(otherLeft) && right.equals(otherRight) || left.equals(otherRight) && right.equals(otherLeft);
    }

    SolutionSet solutions() {
        return SolutionSet.of(left.minus(right));
    }
}
