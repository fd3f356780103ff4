package dev.deliberate.practice.language.french;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Tense;

/**
 * The scripted dialogues of conversation practice ({@code dialogues.v1.txt}): in each turn the
 * other person says a line and the learner answers with one verb form; what the learner chose to
 * say picks the next turn.
 */
public final class Dialogues {

    /** The version of the dialogue file, written into every turn's wording. */
    public static final String VERSION = "v1";
    private static final Dialogues ALL = new Dialogues("/language/french/dialogues." + VERSION + ".txt");

    private final Map<String, Dialogue> dialogues = new LinkedHashMap<>();

    /**
     * One dialogue in a context.
     *
     * @param id      its id
     * @param context the context it is set in (a learner's interest)
     * @param english its title in English
     * @param spanish its title in Spanish
     * @param turns   its turns by id, the first one first
     */
    public record Dialogue(String id, String context, String english, String spanish, Map<String, Turn> turns) {

        public Turn first() {
            return turns.values().iterator().next();
        }
    }

    /**
     * One turn: what the other person says, and the form the learner's answer must use.
     *
     * @param dialogue the dialogue's id
     * @param id       the turn's id in it
     * @param line     the other person's line, in French
     * @param english  what it means, in English
     * @param spanish  what it means, in Spanish
     * @param verb     the verb the answer must use
     * @param tense    its tense
     * @param doer     its doer (the learner speaks as je, or with others as nous)
     * @param ideas    things the learner might say, in French
     * @param branches option words to the turn they lead to, in order; {@code *} otherwise; {@code end} closes
     */
    public record Turn(String dialogue, String id, String line, String english, String spanish, FrenchVerb verb, Tense tense,
            Doer doer, List<String> ideas, Map<String, String> branches) {

        /** The turn's memory card: the same as a drill of the verb in the tense. */
        public String card() {
            return FrenchItem.card(verb, tense);
        }

        /** The skill the turn practises: the one a drill of the verb in the tense would. */
        public FrenchSkill skill() {
            return java.util.Arrays.stream(FrenchSkill.values()).filter(skill -> skill.tense() == tense && skill.verbs().contains(verb))
                    .findFirst().orElseThrow();
        }

        /** The id of the turn the answer leads to: the first option word found in it, else {@code *}; empty at the end. */
        public Optional<String> next(String answer) {
            String folded = Spelling.fold(answer == null ? "" : answer);
            String next = branches.entrySet().stream().filter(entry -> !entry.getKey().equals("*"))
                    .filter(entry -> folded.contains(Spelling.fold(entry.getKey()))).map(Map.Entry::getValue).findFirst()
                    .orElse(branches.getOrDefault("*", "end"));
            return next.equals("end") ? Optional.empty() : Optional.of(next);
        }
    }

    Dialogues(String resource) {
        for (String line : lines(resource)) {
            String[] parts = line.split("\\|", -1);
            if (parts[0].equals("dialogue")) {
                dialogues.put(parts[1], new Dialogue(parts[1], parts[2], parts[3], parts[4], new LinkedHashMap<>()));
            }
            else {
                Dialogue dialogue = dialogues.get(parts[1]);
                Map<String, String> branches = new LinkedHashMap<>();
                for (String branch : parts[10].split(",")) {
                    String[] pair = branch.split(">");
                    branches.put(pair[0], pair[1]);
                }
                Doer doer = Sentences.DOERS.stream().filter(one -> one.pronoun() && one.words().equals(parts[8])).findFirst().orElseThrow();
                dialogue.turns().put(parts[2], new Turn(parts[1], parts[2], parts[3], parts[4], parts[5], FrenchVerbs.all().get(parts[6]),
                        Tense.byId(parts[7]).orElseThrow(), doer, List.of(parts[9].split(" · ")), branches));
            }
        }
    }

    public static Dialogues all() {
        return ALL;
    }

    public List<Dialogue> list() {
        return List.copyOf(dialogues.values());
    }

    public Optional<Turn> turn(String dialogue, String turn) {
        return Optional.ofNullable(dialogues.get(dialogue)).map(found -> found.turns().get(turn));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Dialogues.class.getResourceAsStream(resource)) {
            List<String> lines = new ArrayList<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(lines::add);
            return lines;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
