package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.Term;
import dev.deliberate.practice.math.number.Rational;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A line the learner may have started a step from: its terms as written and the forms of its sides. */
record State(Equation equation, List<Term> left, List<Term> right) {

    static State of(Equation equation) {
        return new State(equation, Term.of(equation.left()), Term.of(equation.right()));
    }

    List<Term> side(boolean leftSide) {
        return leftSide ? left : right;
    }

    LinearForm form(boolean leftSide) {
        return leftSide ? equation.leftForm() : equation.rightForm();
    }

    char unknown() {
        return equation.unknown();
    }

    /** Whether the line is already solved ({@code x = 3}): no step is left to take from it. */
    boolean isSolved() {
        return equation.isSolved();
    }

    /** A candidate whose {@code leftSide} (or right side) is {@code changed} and whose other side is {@code other}. */
    Candidate candidate(Diagnosis diagnosis, boolean leftSide, LinearForm changed, LinearForm other) {
        return leftSide ? new Candidate(diagnosis, changed, other, true) : new Candidate(diagnosis, other, changed, false);
    }

    /** The x-coefficients a learner might divide by: not 0, 1 or −1. */
    Set<Rational> coefficients() {
        Set<Rational> found = new LinkedHashSet<>();
        for (LinearForm form : List.of(equation.leftForm(), equation.rightForm())) {
            Rational a = form.coefficient();
            if (!a.isZero() && !a.abs().equals(Rational.ONE)) {
                found.add(a);
            }
        }
        return found;
    }

    /**
     * What a learner might divide both sides by: the x-coefficients that are not 0, 1 or −1, and
     * the greatest common factor of the whole numbers when it is larger than 1 (12x + 4 = 28 ÷ 4).
     */
    Set<Rational> divisors() {
        Set<Rational> found = coefficients();
        BigInteger common = BigInteger.ZERO;
        for (LinearForm form : List.of(equation.leftForm(), equation.rightForm())) {
            for (Rational value : List.of(form.coefficient(), form.constant())) {
                common = value.isInteger() ? common.gcd(value.numerator()) : BigInteger.ONE;
            }
        }
        if (common.compareTo(BigInteger.ONE) > 0) {
            found.add(Rational.of(common));
        }
        return found;
    }

    /** The denominators a learner might multiply by to clear fractions. */
    Set<Rational> denominators() {
        Set<Rational> found = new LinkedHashSet<>();
        for (LinearForm form : List.of(equation.leftForm(), equation.rightForm())) {
            for (Rational value : List.of(form.coefficient(), form.constant())) {
                if (!value.isInteger()) {
                    found.add(Rational.of(value.denominator()));
                }
            }
        }
        return found;
    }
}
