package dev.deliberate.practice.math.item;

import static dev.deliberate.practice.math.item.Parts.eq;
import static dev.deliberate.practice.math.item.Parts.x;

import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.number.Rational;
import java.util.List;

/**
 * Chooses the numbers of a word problem so that the story makes sense: the unknown is a whole,
 * positive count (months, tickets, laps), every given number is positive, and money may have
 * cents from level 3 on. The unknown is chosen first; the total is computed from it exactly.
 */
final class StoryNumbers {

    private static final List<Rational> CENTS = List.of(Rational.of(1, 4), Rational.of(1, 2), Rational.of(3, 4));

    private final Difficulty difficulty;
    private final Dice dice;
    private final StoryTemplate template;

    StoryNumbers(Difficulty difficulty, Dice dice, StoryTemplate template) {
        this.difficulty = difficulty;
        this.dice = dice;
        this.template = template;
    }

    Story make() {
        Rational unknown = Rational.of(dice.between(2, difficulty.maxMagnitude() + 6));
        return switch (template.shape()) {
            case ADD -> add(unknown);
            case SUBTRACT -> subtract();
            case MULTIPLY -> multiply(unknown);
            case DIVIDE -> divide();
            case PLUS -> plus(unknown);
            case MINUS -> minus(unknown);
            case GROUPED -> grouped(unknown);
            case BOTH_SIDES -> bothSides(unknown);
        };
    }

    private Story add(Rational unknown) {
        Rational a = amount(2, 2 * difficulty.maxMagnitude() + 6, 1);
        Rational c = unknown.plus(a);
        return new Story(List.of(a, c), eq(Expression.plus(x(), write(a)), write(c)));
    }

    private Story subtract() {
        Rational a = amount(2, 2 * difficulty.maxMagnitude() + 6, 1);
        Rational unknown = Rational.of(a.numerator().divide(a.denominator()).intValueExact() + dice.between(1, 20));
        Rational c = unknown.minus(a);
        return new Story(List.of(a, c), eq(Expression.minus(x(), write(a)), write(c)));
    }

    private Story multiply(Rational unknown) {
        Rational a = Rational.of(count());
        return new Story(List.of(a, a.times(unknown)), eq(Expression.times(write(a), x()), write(a.times(unknown))));
    }

    private Story divide() {
        Rational a = Rational.of(count());
        Rational quotient = Rational.of(dice.between(2, difficulty.maxMagnitude() + 3));
        return new Story(List.of(a, quotient), eq(Expression.divide(x(), write(a)), write(quotient)));
    }

    private Story plus(Rational unknown) {
        Rational a = amount(2, 2 + difficulty.maxMagnitude() / 3, 1);
        Rational b = amount(2, difficulty.maxMagnitude() + 6, 2);
        Rational c = a.times(unknown).plus(b);
        return new Story(List.of(a, b, c), eq(Expression.plus(Expression.times(write(a), x()), write(b)), write(c)));
    }

    private Story minus(Rational unknown) {
        Rational a = amount(2, 2 + difficulty.maxMagnitude() / 3, 1);
        int most = a.times(unknown).numerator().divide(a.times(unknown).denominator()).intValueExact() - 1;
        Rational b = amount(1, Math.min(most, 2 * difficulty.maxMagnitude() + 6), 2);
        Rational c = a.times(unknown).minus(b);
        return new Story(List.of(a, b, c), eq(Expression.minus(Expression.times(write(a), x()), write(b)), write(c)));
    }

    private Story grouped(Rational unknown) {
        Rational a = Rational.of(count());
        Rational b = amount(2, difficulty.maxMagnitude() + 6, 2);
        Rational c = a.times(unknown.plus(b));
        Expression bracket = Expression.times(write(a), Expression.plus(x(), write(b)));
        return new Story(List.of(a, b, c), eq(bracket, write(c)));
    }

    private Story bothSides(Rational unknown) {
        Rational slower = amount(1, 1 + difficulty.maxMagnitude() / 3, 3);
        Rational faster = slower.plus(amount(1, 2 + difficulty.maxMagnitude() / 6, 1));
        Rational b = amount(2, difficulty.maxMagnitude() + 6, 2);
        Rational d = b.plus(faster.minus(slower).times(unknown));
        Expression left = Expression.plus(Expression.times(write(faster), x()), write(b));
        Expression right = Expression.plus(Expression.times(write(slower), x()), write(d));
        return new Story(List.of(faster, b, slower, d), eq(left, right));
    }

    /** A count of things or people, at least 2. */
    private int count() {
        return dice.between(2, 2 + difficulty.maxMagnitude() / 3);
    }

    /** A whole number in range; for a money amount from level 3, sometimes with 25, 50 or 75 cents. */
    private Rational amount(int low, int high, int number) {
        Rational whole = Rational.of(dice.between(low, Math.max(low, high)));
        boolean cents = template.money() && template.shape().isAmount(number) && difficulty.level() >= 3;
        return cents && dice.chance(0.6) ? whole.plus(dice.pick(CENTS)) : whole;
    }

    private static Expression write(Rational value) {
        return new Literal(value, value.isInteger() ? Literal.Notation.INTEGER : Literal.Notation.DECIMAL);
    }
}
