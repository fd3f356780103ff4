package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.add;
import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.n;
import static dev.deliberate.practice.math.item.Parts.signed;
import static dev.deliberate.practice.math.item.Parts.size;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.number.Rational;

/** {@code x + 5 = 12}, {@code x − 4 = 9}; from level 3 the unknown may stand right or second. */
final class OneStepAddSubtractEquations implements SkillEquations {

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int answer = signed(dice, difficulty, 1);
        int b = difficulty.level() <= 2 ? size(dice, difficulty, 1) : signed(dice, difficulty, 1);
        if (difficulty.level() <= 2 && answer <= b) {
            answer += b;
        }
        Rational c = Rational.of((long) answer + b);
        int form = dice.between(1, difficulty.level() <= 2 ? 2 : 4);
        return switch (form) {
            case 1 -> eq(add(x(), b), n(c));
            case 2 -> eq(add(x(), -b), n(Rational.of((long) answer - b)));
            case 3 -> eq(Expression.plus(n(b), x()), n(c));
            default -> eq(n(c), add(x(), b));
        };
    }
}
