package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Objects;

/**
 * A line the other person of a conversation says, as a model wrote it.
 *
 * @param id    its id once kept (empty in a draft)
 * @param text  the French line
 * @param forms the conjugated verb forms the line says it uses
 */
public record SpokenLine(String id, String text, List<UsedForm> forms) {

    public SpokenLine {
        Objects.requireNonNull(text, "text");
        forms = List.copyOf(forms);
    }

    /**
     * A verb form a line says it uses.
     *
     * @param verb   the infinitive
     * @param tense  the tense id ({@code present}, {@code compound-past}, …)
     * @param person the subject pronoun ({@code je}, {@code tu}, {@code il}, …)
     * @param form   the form as written in the line, subject pronoun included ({@code tu es allé})
     */
    public record UsedForm(String verb, String tense, String person, String form) {
    }
}
