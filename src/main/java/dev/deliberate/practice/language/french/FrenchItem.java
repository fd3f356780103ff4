package dev.deliberate.practice.language.french;

import java.util.Objects;

import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Tense;

/**
 * One conjugation to practise in a sentence.
 *
 * @param verb     the verb
 * @param tense    the tense asked
 * @param doer     who does it
 * @param frame    the words the sentence starts with (they set the tense: Hier, Il faut que)
 * @param rest     the words after the verb
 * @param context  the context of those words (school, sport, …)
 * @param kind     a plain gap, or a sentence to put into the passé composé
 */
public record FrenchItem(FrenchVerb verb, Tense tense, Doer doer, String frame, String rest, String context, Kind kind) {

    /** How the item is asked. */
    public enum Kind {
        /** Fill the gap with the verb in the tense named. */
        CLOZE,
        /** A sentence in the présent is shown; the gap takes the verb in the passé composé. */
        TRANSFORM
    }

    public FrenchItem {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(doer, "doer");
        Objects.requireNonNull(kind, "kind");
    }

    /** The sentence with a gap where the verb (and a subject pronoun) goes. */
    public String gapped() {
        return sentence("_____");
    }

    /** The sentence with the answer in place. */
    public String filled(String answer) {
        return sentence(answer);
    }

    /** What the gap asks for: the subject pronoun, if it belongs in the gap, and the verb. */
    public String cue() {
        return doer.pronoun() ? doer.words() + " · " + verb.name() : verb.name();
    }

    /** The memory card this item reviews: one verb in one tense. */
    public String card() {
        return card(verb, tense);
    }

    /** The card of one verb in one tense: {@code verb:aller|tense:compound-past}. */
    public static String card(FrenchVerb verb, Tense tense) {
        return "verb:" + verb.infinitive() + "|tense:" + tense.id();
    }

    private String sentence(String gap) {
        String subject = doer.pronoun() ? gap : doer.words() + " " + gap;
        return frame + " " + subject + " " + rest + ".";
    }
}
