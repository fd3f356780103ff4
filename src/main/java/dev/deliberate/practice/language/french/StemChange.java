package dev.deliberate.practice.language.french;

/** The spelling change some -er verbs make to their stem before a silent ending (-e, -es, -ent). */
public enum StemChange {
    NONE,
    /** e becomes è: je lève, j'achète; the futur keeps it (je lèverai). */
    GRAVE,
    /** é becomes è: je préfère; the futur does not (je préférerai). */
    ACUTE,
    /** The consonant doubles: j'appelle; the futur keeps it (j'appellerai). */
    DOUBLE;

    /** The changed stem. */
    String apply(String stem) {
        return switch (this) {
            case NONE -> stem;
            case GRAVE -> replaceLast(stem, 'e', 'è');
            case ACUTE -> replaceLast(stem, 'é', 'è');
            case DOUBLE -> stem + stem.charAt(stem.length() - 1);
        };
    }

    /** Whether the futur and conditionnel stem carries the change too. */
    boolean inFuture() {
        return this == GRAVE || this == DOUBLE;
    }

    private static String replaceLast(String stem, char from, char to) {
        int at = stem.lastIndexOf(from);
        return stem.substring(0, at) + to + stem.substring(at + 1);
    }
}
