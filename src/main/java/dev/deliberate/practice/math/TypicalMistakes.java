package dev.deliberate.practice.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.practice.spi.Response;

/**
 * Wrong work a learner typically writes for an item, for simulated learners: the constant term
 * moved across the equals sign without changing its sign (a first line and the answer it leads
 * to), and a plain slip (the answer off by one). Only the checker decides what each one shows.
 */
final class TypicalMistakes {

    private TypicalMistakes() {
    }

    static List<Response> of(MathItem item) {
        List<Response> mistakes = new ArrayList<>();
        if (!item.isWordProblem()) {
            signError(item.equation()).ifPresent(mistakes::add);
        }
        mistakes.add(new Response("x = " + RationalFormat.display(item.answer().plus(Rational.ONE)), List.of()));
        return mistakes;
    }

    /** {@code ax + c = r} written on as {@code ax = r + c}, and that line's solution as the answer. */
    private static Optional<Response> signError(Equation written) {
        // with x on the right (−5 = x + 9) the term to move is on the right: read it as x + 9 = −5
        Equation equation = written.leftForm().coefficient().isZero() ? written.swapped() : written;
        LinearForm left = equation.leftForm();
        LinearForm right = equation.rightForm();
        Rational a = left.coefficient();
        if (a.isZero() || left.constant().isZero() || !right.isConstant()) {
            return Optional.empty();
        }
        String ax = a.equals(Rational.ONE) ? "x" : RationalFormat.display(a) + "x";
        String line = ax + " = " + RationalFormat.display(right.constant()) + " + " + RationalFormat.display(left.constant());
        Rational wrong = right.constant().plus(left.constant()).dividedBy(a);
        return Optional.of(new Response("x = " + RationalFormat.display(wrong), List.of(line)));
    }
}
