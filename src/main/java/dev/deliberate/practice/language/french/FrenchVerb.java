package dev.deliberate.practice.language.french;

import java.util.List;
import java.util.Objects;

/**
 * A French verb as the engine knows it: its model and whatever it does not share with the model.
 * Null fields mean "follow the rule".
 *
 * @param infinitive    the infinitive without {@code se}, e.g. {@code lever}
 * @param pronominal    whether it is conjugated with a reflexive pronoun (se lever)
 * @param group         its model
 * @param auxiliary     its passé composé auxiliary (pronominal verbs always take être)
 * @param change        the -er stem change, if any
 * @param present       six irregular présent forms, or null
 * @param participle    an irregular past participle, or null
 * @param futureStem    an irregular futur stem, or null
 * @param subjunctive   six irregular subjonctif forms, or null
 * @param imperfectStem an irregular imparfait stem, or null
 * @param english       the infinitive in English, for translation prompts
 * @param spanish       the infinitive in Spanish
 */
public record FrenchVerb(String infinitive, boolean pronominal, Group group, Auxiliary auxiliary, StemChange change,
        List<String> present, String participle, String futureStem, List<String> subjunctive, String imperfectStem,
        String english, String spanish) {

    public FrenchVerb {
        Objects.requireNonNull(infinitive, "infinitive");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(auxiliary, "auxiliary");
        Objects.requireNonNull(change, "change");
        present = present == null ? null : List.copyOf(present);
        subjunctive = subjunctive == null ? null : List.copyOf(subjunctive);
    }

    /** The verb as a dictionary lists it: {@code aller}, {@code se lever}, {@code s'habiller}. */
    public String name() {
        if (!pronominal) {
            return infinitive;
        }
        return Spelling.startsWithVowelSound(infinitive) ? "s'" + infinitive : "se " + infinitive;
    }

    public boolean irregular() {
        return group == Group.IRREGULAR;
    }

    /** The auxiliary the passé composé really takes. */
    public Auxiliary compoundAuxiliary() {
        return pronominal ? Auxiliary.ETRE : auxiliary;
    }
}
