package dev.deliberate.practice.language.french;

/** The two auxiliaries of the passé composé. */
public enum Auxiliary {
    AVOIR("avoir"), ETRE("être");

    private final String infinitive;

    Auxiliary(String infinitive) {
        this.infinitive = infinitive;
    }

    public String infinitive() {
        return infinitive;
    }

    public Auxiliary other() {
        return this == AVOIR ? ETRE : AVOIR;
    }

    static Auxiliary of(String word) {
        return switch (word) {
            case "avoir" -> AVOIR;
            case "être" -> ETRE;
            default -> throw new IllegalArgumentException("no auxiliary " + word);
        };
    }
}
