package dev.deliberate.practice.language.french;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Tense;

/**
 * Sentences to translate into French ({@code translations.v1.txt}): each written by hand in English
 * and Spanish with its French, and the one verb form the engine judges in the learner's French.
 */
public final class Translations {

    /** The version of the file, written into every item's wording. */
    public static final String VERSION = "v1";
    private static final Translations ALL = new Translations();

    private final List<Prompt> prompts;

    /**
     * One sentence to translate.
     *
     * @param index   its place in the file (its id)
     * @param verb    the verb judged
     * @param tense   its tense
     * @param doer    its doer
     * @param french  the sentence in French
     * @param english the sentence in English
     * @param spanish the sentence in Spanish
     * @param context its context (school, sport, …)
     */
    public record Prompt(int index, FrenchVerb verb, Tense tense, Doer doer, String french, String english, String spanish,
            String context) {
    }

    private Translations() {
        try (InputStream in = Translations.class.getResourceAsStream("/language/french/translations." + VERSION + ".txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            prompts = java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> {
                String[] parts = lines.get(i).split("\\|");
                Doer doer = Sentences.DOERS.stream().filter(one -> one.pronoun() && one.words().equals(parts[2])).findFirst().orElseThrow();
                return new Prompt(i, FrenchVerbs.all().get(parts[0]), Tense.byId(parts[1]).orElseThrow(), doer, parts[3], parts[4], parts[5], parts[6]);
            }).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Translations all() {
        return ALL;
    }

    public List<Prompt> list() {
        return prompts;
    }

    /** The sentences whose verb and tense a skill practises. */
    public List<Prompt> of(FrenchSkill skill) {
        return prompts.stream().filter(prompt -> prompt.tense() == skill.tense() && skill.verbs().contains(prompt.verb())).toList();
    }

    public Prompt get(int index) {
        return prompts.get(index);
    }
}
