package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.Rational;

/**
 * What is known about a wrong line or answer that no faulty step reproduces: which line stopped
 * being equivalent, and a value of the unknown that shows it. It names no misconception
 * ({@link Misconception#UNKNOWN}, which the learner model does not count). The value shown is never
 * the solution of the problem: it is the learner's own value, or a value that makes the line before
 * false.
 */
final class Unexplained {

    private Unexplained() {
    }

    /** A line not equivalent to {@code previous}. */
    static Diagnosis line(Equation previous, Equation line) {
        SolutionSet solutions = line.solutions();
        // numbers in the style of the lines they come from: money problems show 117.75, not 471/4
        NumberStyle style = NumberStyle.of(previous) == NumberStyle.DECIMAL ? NumberStyle.DECIMAL : NumberStyle.of(line);
        if (solutions instanceof SolutionSet.One one) {
            Rational value = one.value();
            return Diagnosis.of(Misconception.UNKNOWN, "unknown", Shown.number(value, style),
                    Shown.number(previous.leftForm().at(value), style), Shown.number(previous.rightForm().at(value), style));
        }
        if (solutions instanceof SolutionSet.None) {
            return Diagnosis.of(Misconception.UNKNOWN, "unknown.no-solution");
        }
        Rational value = previous.holdsAt(Rational.ZERO) ? Rational.ONE : Rational.ZERO;
        return Diagnosis.of(Misconception.UNKNOWN, "unknown.every-value", Shown.number(value, style),
                Shown.number(previous.leftForm().at(value), style), Shown.number(previous.rightForm().at(value), style));
    }

    /** A wrong final answer: what the last correct line becomes with it. */
    static Diagnosis answer(Equation lastCorrect, Rational answer) {
        NumberStyle style = NumberStyle.of(lastCorrect);
        return Diagnosis.of(Misconception.UNKNOWN, "unknown.answer", Shown.number(answer, style), Shown.equation(lastCorrect),
                Shown.number(lastCorrect.leftForm().at(answer), style), Shown.number(lastCorrect.rightForm().at(answer), style));
    }
}
