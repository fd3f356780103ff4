package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.X;
import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.number.Rational;

/**
 * {@code x + 2.5 = 7.1}, {@code 0.5x = 3}, {@code 1.2x − 0.35 = 2.05}: tenths first, then
 * hundredths, negatives and decimals on both sides.
 */
final class DecimalEquations implements SkillEquations {

    private static final NumberStyle DECIMAL = NumberStyle.DECIMAL;

    @Override
    public Equation make(Difficulty difficulty, Dice dice) {
        int level = difficulty.level();
        Rational answer = level <= 2 ? whole(difficulty, dice) : decimal(difficulty, dice, 10);
        Rational b = decimal(difficulty, dice, level >= 4 ? 100 : 10);
        Rational a = level == 3 ? Rational.of(dice.between(2, 9)) : decimal(Difficulty.of(1), dice, 10).abs();
        return switch (level) {
            case 1 -> eq(Parts.add(x(), b.abs(), DECIMAL), write(answer.plus(b.abs())));
            case 2 -> eq(term(a), write(a.times(answer)));
            case 3, 4 -> eq(Parts.add(term(a), b, DECIMAL), write(a.times(answer).plus(b)));
            default -> bothSides(answer, a, b, difficulty, dice);
        };
    }

    private static Equation bothSides(Rational answer, Rational a, Rational b, Difficulty difficulty, Dice dice) {
        Rational c = a.plus(decimal(Difficulty.of(1), dice, 10).abs());
        Rational d = a.times(answer).plus(b).minus(c.times(answer));
        return eq(Parts.add(term(a), b, DECIMAL), Parts.add(term(c), d, DECIMAL));
    }

    private static Rational whole(Difficulty difficulty, Dice dice) {
        return Rational.of(Parts.signed(dice, difficulty, 1));
    }

    /** A signed decimal with the given number of parts per unit (10 or 100) that is not whole. */
    private static Rational decimal(Difficulty difficulty, Dice dice, int parts) {
        int units = Parts.signed(dice, difficulty, 1) * parts;
        int extra = dice.between(1, parts - 1);
        if (extra % 10 == 0) {
            extra++;
        }
        return Rational.of((long) units + Integer.signum(units) * extra, parts);
    }

    private static Expression term(Rational coefficient) {
        return CanonicalForm.term(coefficient, X, DECIMAL);
    }

    private static Expression write(Rational value) {
        return DECIMAL.write(value);
    }
}
