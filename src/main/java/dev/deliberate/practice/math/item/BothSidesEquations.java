package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.add;
import static dev.deliberate.practice.math.item.Parts.answer;
import static dev.deliberate.practice.math.item.Parts.ax;
import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.n;
import static dev.deliberate.practice.math.item.Parts.signed;
import static dev.deliberate.practice.math.item.Parts.size;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.number.Rational;

/**
 * {@code 5x = 2x + 12}, {@code 4x + 3 = x + 15}, {@code 3(x − 2) = x + 8},
 * {@code 2(x + 5) = 5(x − 1) + 3}: gather x on one side first. The two coefficients always
 * differ, so there is exactly one solution.
 */
final class BothSidesEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int level = difficulty.level();
        int smallest = level >= 4 ? 2 : 1;
        int c = dice.between(smallest, level <= 2 ? 6 : 9) * (level <= 2 ? 1 : dice.sign(difficulty.negativeChance()));
        int a = otherCoefficient(c, smallest, level, difficulty, dice);
        Rational answer = level <= 2 ? Rational.of(size(dice, difficulty, 1)) : answer(dice, difficulty, a - c);
        int b = level == 1 ? 0 : signed(dice, difficulty, 1);
        return switch (level) {
            case 1, 2, 3 -> eq(add(ax(a), b), add(ax(c), at(a, b, answer).minus(Rational.of(c).times(answer))));
            case 4 -> eq(bracket(a, b), add(ax(c), at(a, b, answer).minus(Rational.of(c).times(answer))));
            default -> {
                int f = signed(dice, difficulty, 1);
                Rational e = at(a, b, answer).minus(at(c, f, answer));
                yield eq(bracket(a, b), add(bracket(c, f), e));
            }
        };
    }

    /** A coefficient for the left side: non-zero, at least {@code smallest} in size, not {@code c}. */
    private static int otherCoefficient(int c, int smallest, int level, Difficulty difficulty, Dice dice) {
        int maxGap = Math.max(2, Math.min(8, difficulty.maxMagnitude() / 3));
        int a = c;
        while (a == c || Math.abs(a) < smallest) {
            a = c + dice.between(1, maxGap) * (level <= 2 ? 1 : dice.sign(0.5));
        }
        return a;
    }

    /** The value of {@code a(x + b)} at the answer. */
    private static Rational at(int a, int b, Rational answer) {
        return answer.plus(Rational.of(b)).times(Rational.of(a));
    }

    private static Expression bracket(int a, int b) {
        return Expression.times(n(a), add(x(), b));
    }
}
