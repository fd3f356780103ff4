package dev.deliberate.practice.language.check;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accents typed on a keyboard that has none: a letter followed by a mark becomes the accented
 * letter. {@code e'} é, {@code e`} è, {@code e^} ê, {@code e"} ë (and the same marks on a, i, o, u
 * where French uses them), {@code c,} ç, {@code oe/} œ. Also tidies what every answer gets: curly
 * apostrophes, spaces, capitals and a final full stop.
 */
public final class AccentInput {

    private static final Map<String, String> MARKS = Map.ofEntries(
            Map.entry("e'", "é"), Map.entry("e`", "è"), Map.entry("e^", "ê"), Map.entry("e\"", "ë"),
            Map.entry("a`", "à"), Map.entry("a^", "â"), Map.entry("i^", "î"), Map.entry("i\"", "ï"),
            Map.entry("o^", "ô"), Map.entry("u^", "û"), Map.entry("u`", "ù"), Map.entry("u\"", "ü"),
            Map.entry("c,", "ç"), Map.entry("oe/", "œ"));
    private static final Pattern MARKED = Pattern.compile("oe/|[aeiou][`^\"]|e'|c,");

    private AccentInput() {
    }

    /** The answer as the checker reads it: marks turned into accents, one space between words, lower case. */
    public static String read(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'');
        Matcher matcher = MARKED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(MARKS.get(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").replaceAll("\\s*'\\s*", "'").replaceAll("[.!?]+$", "").strip();
    }
}
