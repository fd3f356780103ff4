package dev.deliberate.practice.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import dev.deliberate.practice.spi.Text;

/**
 * The questions writing tasks are set on: for each context, a few debatable questions, each with a
 * model thesis and two points (a claim and its evidence), in English and Spanish
 * ({@code writing.bank.<context>.<n>.*} in the writing bundles). Tasks quote them by message code,
 * so a learner reads them in their own language; the rules read them in the language of the draft.
 */
final class TopicBank {

    static final List<String> CONTEXTS = List.of("sports", "music", "science", "technology", "school", "environment", "health", "art");
    static final int SETS_PER_CONTEXT = 2;
    private static final String BUNDLE = "messages/writing";

    private final ResourceBundle english = bundle(Locale.ENGLISH);
    private final ResourceBundle spanish = bundle(Locale.forLanguageTag("es"));

    /** Every question set, as {@code <context>.<n>}, in the contexts given (all when empty). */
    static List<String> sets(java.util.Collection<String> contexts) {
        List<String> sets = new ArrayList<>();
        for (String context : CONTEXTS) {
            if (contexts.isEmpty() || contexts.contains(context)) {
                for (int n = 1; n <= SETS_PER_CONTEXT; n++) {
                    sets.add(context + "." + n);
                }
            }
        }
        return sets;
    }

    static String contextOf(String set) {
        return set.substring(0, set.indexOf('.'));
    }

    /** A part of a set (question, thesis, claim1, evidence1, claim2, evidence2), as a text in the reader's language. */
    static Text part(String set, String part) {
        return Text.of("writing.bank." + set + "." + part);
    }

    /** The same part, as written in {@code language} ({@code en} or {@code es}), for the rules. */
    String read(String set, String part, String language) {
        return ("es".equals(language) ? spanish : english).getString("writing.bank." + set + "." + part);
    }

    /** What a task gave the learner, in the draft's language. */
    WritingAnalyzer.Given given(Task task, String set, String language) {
        return switch (task) {
            case CONCLUSION -> new WritingAnalyzer.Given(read(set, "thesis", language), null, null);
            case TRANSITION -> new WritingAnalyzer.Given(null, read(set, "claim1", language) + " " + read(set, "evidence1", language),
                    read(set, "claim2", language) + " " + read(set, "evidence2", language));
            default -> null;
        };
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
