package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;
import java.util.Random;

/** Random linear expression trees in x, for property tests. */
final class TestExpressions {

    private TestExpressions() {
    }

    /** A tree of at most {@code depth} levels whose value is linear in x. */
    static Expression linear(Random random, int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextBoolean() ? new Unknown('x') : constant(random, 0);
        }
        return switch (random.nextInt(6)) {
            case 0 -> new Negation(linear(random, depth - 1));
            case 1 -> Expression.plus(linear(random, depth - 1), linear(random, depth - 1));
            case 2 -> Expression.minus(linear(random, depth - 1), linear(random, depth - 1));
            case 3 -> Expression.times(constant(random, depth - 1), linear(random, depth - 1));
            case 4 -> Expression.times(linear(random, depth - 1), constant(random, depth - 1));
            default -> Expression.divide(linear(random, depth - 1), nonZero(random));
        };
    }

    /** A tree without x. */
    static Expression constant(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return literal(random);
        }
        return switch (random.nextInt(4)) {
            case 0 -> new Negation(constant(random, depth - 1));
            case 1 -> Expression.plus(constant(random, depth - 1), constant(random, depth - 1));
            case 2 -> Expression.times(constant(random, depth - 1), constant(random, depth - 1));
            default -> Expression.divide(constant(random, depth - 1), nonZero(random));
        };
    }

    private static Expression nonZero(Random random) {
        Expression divisor = Literal.integer(1 + random.nextInt(9));
        return random.nextInt(4) == 0 ? new Negation(divisor) : divisor;
    }

    private static Literal literal(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Literal(Rational.of(random.nextInt(3)).plus(Rational.of(1 + random.nextInt(99), 100)),
                    Literal.Notation.DECIMAL);
            case 1 -> new Literal(Rational.of(1 + random.nextInt(5)).plus(Rational.of(1, 2 + random.nextInt(7))),
                    Literal.Notation.MIXED);
            default -> Literal.integer(random.nextInt(60));
        };
    }
}
