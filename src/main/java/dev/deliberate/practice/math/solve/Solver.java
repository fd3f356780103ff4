package dev.deliberate.practice.math.solve;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.number.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Solves a linear equation the way it is taught: multiply out and tidy each side, clear
 * fractions when x has a fractional coefficient, gather x on the left, move the numbers right,
 * divide by the coefficient. Each step is exact and carries its reason.
 */
public final class Solver {

    private final List<WorkedStep> steps = new ArrayList<>();
    private final char unknown;
    private final NumberStyle style;
    private LinearForm left;
    private LinearForm right;

    private Solver(Equation equation, MessageRef firstReason) {
        this.unknown = equation.unknown();
        this.style = NumberStyle.of(equation);
        this.left = equation.leftForm();
        this.right = equation.rightForm();
        steps.add(new WorkedStep(equation, firstReason));
    }

    /** The worked solution of {@code equation}, starting from the equation as written. */
    public static WorkedExample solve(Equation equation) {
        return solve(equation, MessageRef.of("math.solve.start"));
    }

    /** As {@link #solve(Equation)}, with the reason given for the first line (e.g. "from the story"). */
    public static WorkedExample solve(Equation equation, MessageRef firstReason) {
        Solver solver = new Solver(equation, firstReason);
        if (Evaluation.applies(equation)) {
            solver.steps.addAll(Evaluation.steps(equation));
        } else {
            solver.run(equation);
        }
        return new WorkedExample(solver.steps);
    }

    private void run(Equation equation) {
        Equation tidy = CanonicalForm.of(left, right, unknown, style);
        if (Tidiness.needsTidying(equation)) {
            steps.add(new WorkedStep(tidy, MessageRef.of(Brackets.in(equation) ? "math.solve.distribute" : "math.solve.combine")));
        }
        clearFractions();
        gatherUnknownOnTheLeft();
        if (left.isConstant()) {
            return;
        }
        moveConstantRight();
        divideByCoefficient();
    }

    private void clearFractions() {
        BigInteger lcd = BigInteger.ONE;
        for (Rational value : List.of(left.coefficient(), left.constant(), right.coefficient(), right.constant())) {
            lcd = lcm(lcd, value.denominator());
        }
        boolean fractionalUnknown = !left.coefficient().isInteger() || !right.coefficient().isInteger();
        if (style == NumberStyle.FRACTION && fractionalUnknown && !lcd.equals(BigInteger.ONE)) {
            Rational factor = Rational.of(lcd);
            apply(left.times(factor), right.times(factor), "math.solve.clear-fractions", factor);
        }
    }

    private void gatherUnknownOnTheLeft() {
        if (left.isConstant() && !right.isConstant()) {
            apply(right, left, "math.solve.swap", String.valueOf(unknown));
        }
        if (!right.isConstant()) {
            LinearForm term = LinearForm.unknown(right.coefficient());
            move(term, CanonicalForm.term(right.coefficient().abs(), unknown, style), right.coefficient().signum());
        }
    }

    private void moveConstantRight() {
        Rational constant = left.constant();
        if (!constant.isZero()) {
            move(LinearForm.constant(constant), style.write(constant.abs()), constant.signum());
        }
    }

    private void move(LinearForm term, Expression magnitude, int sign) {
        String code = sign > 0 ? "math.solve.subtract" : "math.solve.add";
        apply(left.minus(term), right.minus(term), code, display(magnitude));
    }

    private void divideByCoefficient() {
        Rational coefficient = left.coefficient();
        if (!coefficient.equals(Rational.ONE)) {
            Rational inverse = coefficient.reciprocal();
            apply(left.times(inverse), right.times(inverse), "math.solve.divide", display(style.write(coefficient)));
        }
    }

    private void apply(LinearForm newLeft, LinearForm newRight, String code, Object detail) {
        left = newLeft;
        right = newRight;
        Object shown = detail instanceof Rational value ? display(style.write(value)) : detail;
        steps.add(new WorkedStep(CanonicalForm.of(left, right, unknown, style), MessageRef.of(code, shown)));
    }

    private static String display(Expression expression) {
        return ExpressionPrinter.display().print(expression);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
