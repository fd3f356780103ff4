package dev.deliberate.practice.math.expression;

/** The unknown, a single letter such as {@code x}. */
public record Unknown(char name) implements Expression {

    public Unknown {
        if (!Character.isLetter(name)) {
            throw new IllegalArgumentException("the unknown is a letter, not '" + name + "'");
        }
    }
}
