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

/** {@code 3x + 4 = 19}, {@code x/2 − 3 = 5}, {@code 7 − 2x = 1}: undo the addition, then the product. */
final class TwoStepEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int a = OneStepMultiplyDivideEquations.coefficient(difficulty, dice);
        int b = difficulty.level() == 1 ? size(dice, difficulty, 1) : signed(dice, difficulty, 1);
        int form = dice.between(1, Math.min(4, difficulty.level() + 1));
        if (form == 2) {
            int quotient = signed(dice, difficulty, 1);
            return eq(add(Expression.divide(x(), n(Math.abs(a))), b), n((long) quotient + b));
        }
        Rational answer = answer(dice, difficulty, a);
        Rational c = answer.times(Rational.of(a)).plus(Rational.of(b));
        return switch (form) {
            case 1 -> eq(add(ax(a), b), n(c));
            case 3 -> eq(a > 0 ? Expression.plus(n(b), ax(a)) : Expression.minus(n(b), ax(-a)), n(c));
            default -> eq(n(c), add(ax(a), b));
        };
    }
}
