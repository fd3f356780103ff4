package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.number.Rational;
import java.util.List;

/** The numbers of one word problem, in template order, and the equation built from exactly those numbers. */
record Story(List<Rational> numbers, Equation equation) {

    Story {
        numbers = List.copyOf(numbers);
    }
}
