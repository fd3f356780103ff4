package dev.deliberate.llm;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deliberate.practice.spi.WritingCoach.Comment;

/**
 * What a model's comment on a learner's text must be before a learner reads it: its quote really
 * in the text, short plain sentences (no markup, links, brackets, braces or addresses), and no
 * name of a person unless the text itself has that word.
 */
final class WritingAnswers {

    static final int QUOTE_MIN = 3;
    static final int QUOTE_MAX = 250;
    static final int SENTENCES_MAX = 240;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Markup, brackets, braces, addresses: none of them belongs in a comment to a student. */
    private static final Pattern FORBIDDEN = Pattern.compile("[<>{}\\[\\]\\\\`*#|@_~^=\\n\\r\\t]|(?i)https?|www\\.|://|\\.(com|org|net)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    /** What may come before a sentence's first word: the start, or an end mark and opening marks. */
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?:;]|\\.\\.\\.)[\\s\"“”«¿¡(‘'’-]*$");

    private WritingAnswers() {
    }

    /** Whether the comment may be shown beside {@code text}, names of the learner aside. */
    static boolean fits(Comment comment, String text) {
        return quoted(comment.quote(), text) && plain(comment.english(), text) && plain(comment.nextStep(), text)
                && plain(comment.spanish(), text) && plain(comment.siguiente(), text);
    }

    /** The quote occurs in the text, whitespace aside. */
    static boolean quoted(String quote, String text) {
        String q = normalised(quote);
        return q.length() >= QUOTE_MIN && q.length() <= QUOTE_MAX && normalised(text).contains(q);
    }

    /** A short plain sentence or two, naming nobody the text does not name. */
    static boolean plain(String sentences, String text) {
        return !sentences.isBlank() && sentences.length() <= SENTENCES_MAX && !FORBIDDEN.matcher(sentences).find()
                && namesOnlyFrom(sentences, text);
    }

    /**
     * No capitalised word inside a sentence (a name, most likely) unless the text has it too; "I"
     * and a sentence's first word are no names.
     */
    static boolean namesOnlyFrom(String sentences, String text) {
        Set<String> inText = words(text, true);
        Matcher capital = CAPITALISED.matcher(sentences);
        while (capital.find()) {
            String word = capital.group().replaceAll("['’-].*$", "");
            boolean first = SENTENCE_START.matcher(sentences.substring(0, capital.start())).find();
            if (!first && !word.equals("I") && !inText.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * None of the comments carries a word of the learner's own name (ignoring case and accents)
     * unless the text has that exact word: a name comes to the page only from the learner's text.
     */
    static boolean namesNobody(List<Comment> comments, String text, Set<String> avoidNames) {
        Set<String> inText = words(text, false);
        for (String name : avoidNames) {
            String plainName = folded(name);
            if (plainName.isBlank() || inText.contains(name)) {
                continue;
            }
            for (Comment c : comments) {
                for (String said : List.of(c.quote(), c.english(), c.nextStep(), c.spanish(), c.siguiente())) {
                    if (words(said, true).stream().map(WritingAnswers::folded).anyMatch(plainName::equals)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static String normalised(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static Set<String> words(String text, boolean lowerCase) {
        Set<String> words = new java.util.HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(lowerCase ? word.group().toLowerCase(Locale.ROOT) : word.group());
        }
        return words;
    }

    private static String folded(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
