package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.SolutionSet;

/** The line a faulty step would produce from the previous line, as the forms of its two sides. */
record Candidate(Diagnosis diagnosis, LinearForm left, LinearForm right) {

    /** Whether the learner's sides are exactly these (either way round). */
    boolean sameSidesAs(LinearForm otherLeft, LinearForm otherRight) {
        return left.equals(otherLeft) && right.equals(otherRight) || left.equals(otherRight) && right.equals(otherLeft);
    }

    SolutionSet solutions() {
        return SolutionSet.of(left.minus(right));
    }
}
