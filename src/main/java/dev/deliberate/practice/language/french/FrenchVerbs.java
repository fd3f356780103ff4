package dev.deliberate.practice.language.french;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The verbs of {@code language/french/verbs.txt}, read once; the file's header says its format. */
public final class FrenchVerbs {

    private static final String RESOURCE = "/language/french/verbs.txt";
    private static final FrenchVerbs ALL = load();

    private final Map<String, FrenchVerb> byInfinitive;

    private FrenchVerbs(Map<String, FrenchVerb> byInfinitive) {
        this.byInfinitive = byInfinitive;
    }

    public static FrenchVerbs all() {
        return ALL;
    }

    /** Every verb, in the file's order (frequent irregulars first). */
    public List<FrenchVerb> list() {
        return List.copyOf(byInfinitive.values());
    }

    /** A verb by its infinitive without se ({@code lever}) or its dictionary name ({@code se lever}). */
    public Optional<FrenchVerb> find(String name) {
        String bare = name.startsWith("se ") ? name.substring(3) : name.startsWith("s'") ? name.substring(2) : name;
        return Optional.ofNullable(byInfinitive.get(bare));
    }

    public FrenchVerb get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no French verb " + name));
    }

    private static FrenchVerbs load() {
        Map<String, FrenchVerb> verbs = new LinkedHashMap<>();
        try (InputStream in = FrenchVerbs.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    FrenchVerb verb = parse(line.strip(), verbs);
                    verbs.put(verb.infinitive(), verb);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FrenchVerbs(verbs);
    }

    private static FrenchVerb parse(String line, Map<String, FrenchVerb> known) {
        List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        boolean pronominal = words.get(0).equals("se");
        if (pronominal) {
            words.remove(0);
        }
        Map<String, String> keys = new HashMap<>();
        words.subList(3, words.size()).forEach(word -> keys.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1)));
        String infinitive = words.get(0);
        FrenchVerb model = keys.containsKey("like") ? known.get(keys.get("like")) : null;
        String prefix = model == null ? "" : infinitive.substring(0, infinitive.length() - model.infinitive().length());
        return new FrenchVerb(infinitive, pronominal, Group.of(words.get(1)), Auxiliary.of(words.get(2)),
                keys.containsKey("change") ? StemChange.valueOf(keys.get("change").toUpperCase(java.util.Locale.ROOT)) : StemChange.NONE,
                forms(keys.get("present"), model == null ? null : model.present(), prefix),
                form(keys.get("pp"), model == null ? null : model.participle(), prefix),
                form(keys.get("future"), model == null ? null : model.futureStem(), prefix),
                forms(keys.get("subjunctive"), model == null ? null : model.subjunctive(), prefix),
                form(keys.get("imperfect"), model == null ? null : model.imperfectStem(), prefix),
                words(keys.get("en")), words(keys.get("es")));
    }

    private static List<String> forms(String own, List<String> model, String prefix) {
        if (own != null) {
            return List.of(own.split(","));
        }
        return model == null ? null : model.stream().map(form -> prefix + form).toList();
    }

    private static String form(String own, String model, String prefix) {
        return own != null ? own : model == null ? null : prefix + model;
    }

    private static String words(String value) {
        return value == null ? "" : value.replace('_', ' ');
    }
}
