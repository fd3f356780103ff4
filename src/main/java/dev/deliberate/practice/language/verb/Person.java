package dev.deliberate.practice.language.verb;

/** The six grammatical persons, in the order conjugation tables list them. */
public enum Person {
    FIRST_SINGULAR, SECOND_SINGULAR, THIRD_SINGULAR, FIRST_PLURAL, SECOND_PLURAL, THIRD_PLURAL;

    public boolean plural() {
        return ordinal() >= FIRST_PLURAL.ordinal();
    }

    /** The position in a table of six forms. */
    public int index() {
        return ordinal();
    }

    public static Person at(int index) {
        return values()[index];
    }
}
