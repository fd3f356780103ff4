package dev.deliberate.practice.language.french;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * The pieces cloze sentences are made of: frames by tense ({@code frames.txt}), the words after
 * each verb by context ({@code sentences.txt}) and the doers, pronouns and people.
 */
public final class Sentences {

    /** The contexts sentences are set in, which learners may pick as interests. */
    public static final List<String> CONTEXTS = List.of("school", "sport", "family", "travel", "food", "music", "work");

    /** Who may do the action: the subject pronouns, then people named, whose gender the participle follows. */
    public static final List<Doer> DOERS = List.of(
            pronoun(Person.FIRST_SINGULAR, false, "je"), pronoun(Person.SECOND_SINGULAR, false, "tu"),
            pronoun(Person.THIRD_SINGULAR, false, "il"), pronoun(Person.THIRD_SINGULAR, true, "elle"),
            pronoun(Person.FIRST_PLURAL, false, "nous"), pronoun(Person.SECOND_PLURAL, false, "vous"),
            pronoun(Person.THIRD_PLURAL, false, "ils"), pronoun(Person.THIRD_PLURAL, true, "elles"),
            person(Person.THIRD_SINGULAR, true, "Léa"), person(Person.THIRD_SINGULAR, false, "Paul"),
            person(Person.THIRD_SINGULAR, true, "ma sœur"), person(Person.THIRD_SINGULAR, false, "mon frère"),
            person(Person.THIRD_SINGULAR, false, "Karim"), person(Person.THIRD_SINGULAR, true, "Sofia"),
            person(Person.THIRD_PLURAL, false, "mes parents"), person(Person.THIRD_PLURAL, true, "mes cousines"),
            person(Person.THIRD_PLURAL, true, "Léa et Marie"), person(Person.THIRD_PLURAL, false, "Paul et Tom"));

    private static final Sentences ALL = new Sentences();

    private final Map<Tense, List<String>> frames = new LinkedHashMap<>();
    private final Map<String, List<String[]>> rests = new LinkedHashMap<>();

    private Sentences() {
        for (String line : lines("/language/french/frames.txt")) {
            String[] parts = line.split("\\|");
            frames.computeIfAbsent(Tense.byId(parts[0]).orElseThrow(), tense -> new ArrayList<>()).add(parts[1]);
        }
        for (String line : lines("/language/french/sentences.txt")) {
            String[] parts = line.split("\\|");
            rests.computeIfAbsent(FrenchVerbs.all().get(parts[0]).infinitive(), verb -> new ArrayList<>())
                    .add(new String[] { parts[1], parts[2] });
        }
    }

    public static Sentences all() {
        return ALL;
    }

    /** How sentences in a tense start. */
    public List<String> frames(Tense tense) {
        return List.copyOf(frames.get(tense));
    }

    /** The words after a verb, each with its context: {@code {"travel", "à la gare"}}. */
    public List<String[]> rests(FrenchVerb verb) {
        return List.copyOf(rests.getOrDefault(verb.infinitive(), List.of()));
    }

    private static Doer pronoun(Person person, boolean feminine, String words) {
        return new Doer(person, feminine, words, true);
    }

    private static Doer person(Person person, boolean feminine, String words) {
        return new Doer(person, feminine, words, false);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Sentences.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
