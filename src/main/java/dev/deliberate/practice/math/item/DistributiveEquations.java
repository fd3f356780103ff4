package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.add;
import static dev.deliberate.practice.math.item.Parts.answer;
import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.n;
import static dev.deliberate.practice.math.item.Parts.signed;
import static dev.deliberate.practice.math.item.Parts.size;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.number.Rational;

/**
 * {@code 3(x + 2) = 21}, {@code 4(x − 1) + 5 = 17}, {@code 10 − 2(x + 3) = 0},
 * {@code 5(x + 1) − 2(x − 3) = 20}: brackets to multiply out before solving.
 */
final class DistributiveEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int level = difficulty.level();
        int a = dice.between(2, Math.max(3, Math.min(9, difficulty.maxMagnitude())));
        int b = level == 1 ? size(dice, difficulty, 1) : signed(dice, difficulty, 1);
        Rational answer = level <= 3 ? answer(dice, difficulty, 1) : answer(dice, difficulty, a);
        Rational bracket = answer.plus(Rational.of(b)).times(Rational.of(a));
        return switch (level) {
            case 1, 2 -> eq(bracket(a, b), n(bracket));
            case 3 -> {
                int e = signed(dice, difficulty, 1);
                yield eq(add(bracket(a, b), e), n(bracket.plus(Rational.of(e))));
            }
            case 4 -> {
                int e = size(dice, difficulty, 1);
                yield eq(Expression.minus(n(e), bracket(a, b)), n(Rational.of(e).minus(bracket)));
            }
            default -> twoBrackets(a, b, difficulty, dice);
        };
    }

    private static Equation twoBrackets(int a, int b, Difficulty difficulty, Dice dice) {
        int c = dice.between(1, a + 3);
        while (Math.abs(a - c) < 2) {
            c = dice.between(1, a + 3);
        }
        Rational answer = answer(dice, difficulty, a - c);
        int d = signed(dice, difficulty, 1);
        while (a * b == c * d) {
            d = signed(dice, difficulty, 1);
        }
        Rational value = answer.plus(Rational.of(b)).times(Rational.of(a))
                .minus(answer.plus(Rational.of(d)).times(Rational.of(c)));
        Expression right = c == 1 ? add(x(), d) : bracket(c, d);
        return eq(Expression.minus(bracket(a, b), right), n(value));
    }

    /** {@code a(x + b)}. */
    static Expression bracket(int a, int b) {
        return Expression.times(n(a), add(x(), b));
    }
}
