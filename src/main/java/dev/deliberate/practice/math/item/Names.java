package dev.deliberate.practice.math.item;

import java.util.List;

/** First names for the people in problems, spelled the same in English and Spanish. */
final class Names {

    private static final List<String> ALL = List.of(
            "Ana", "Leo", "Maya", "Omar", "Sara", "Iván", "Nora", "Hugo", "Elena", "Tomás", "Aisha", "Mateo",
            "Lucía", "Daniel", "Zoe", "Samuel", "Julia", "Kenji", "Valeria", "Amir");

    private Names() {
    }

    static String pick(Dice dice) {
        return dice.pick(ALL);
    }
}
