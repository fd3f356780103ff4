package dev.deliberate.practice.language.verb;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tenses and moods practised, named for what they do so that other languages share them:
 * French présent, passé composé, imparfait, futur simple, conditionnel présent, subjonctif présent.
 */
public enum Tense {
    PRESENT("present"),
    COMPOUND_PAST("compound-past"),
    IMPERFECT("imperfect"),
    FUTURE("future"),
    CONDITIONAL("conditional"),
    SUBJUNCTIVE("subjunctive");

    private final String id;

    Tense(String id) {
        this.id = id;
    }

    /** The id used in skill ids, item specs and message codes. */
    public String id() {
        return id;
    }

    public static Optional<Tense> byId(String id) {
        return Arrays.stream(values()).filter(tense -> tense.id.equals(id)).findFirst();
    }
}
