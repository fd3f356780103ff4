package dev.deliberate.practice.language.french;

import java.text.Normalizer;
import java.util.Locale;

/** French spelling rules the conjugator and the checker share: joining a stem and an ending, elision. */
public final class Spelling {

    /** The words that drop their final e before a vowel sound. */
    static final java.util.Set<String> ELIDING = java.util.Set.of("je", "me", "te", "se", "que", "ne", "le", "de");

    private Spelling() {
    }

    /**
     * A stem and an ending joined the way French writes them: c becomes ç and g takes an e before
     * a or o (commençons, mangeons), and back again before e or i (commencions, mangions).
     */
    static String join(String stem, String ending) {
        char next = ending.isEmpty() ? ' ' : ending.charAt(0);
        boolean hard = next == 'a' || next == 'o';
        boolean soft = next == 'e' || next == 'i';
        if (hard && stem.endsWith("c")) {
            return stem.substring(0, stem.length() - 1) + "ç" + ending;
        }
        if (hard && stem.endsWith("g")) {
            return stem + "e" + ending;
        }
        if (soft && stem.endsWith("ç")) {
            return stem.substring(0, stem.length() - 1) + "c" + ending;
        }
        if (soft && stem.endsWith("ge")) {
            return stem.substring(0, stem.length() - 1) + ending;
        }
        return stem + ending;
    }

    /**
     * Whether a word starts with a vowel sound, so that je, me, te, se and que drop their e before
     * it. Every h among the engine's verbs is silent (habiter, s'habiller).
     */
    public static boolean startsWithVowelSound(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char first = fold(word.substring(0, 1)).charAt(0);
        return "aeiouyh".indexOf(first) >= 0;
    }

    /**
     * A word in front of the next: je, me, te, se and que lose their e before a vowel sound (j'ai,
     * m'habille, qu'il); every other word stays whole (nous habillons).
     */
    static String before(String word, String next) {
        boolean elides = ELIDING.contains(word) && startsWithVowelSound(next);
        return elides ? word.substring(0, word.length() - 1) + "'" + next : word + " " + next;
    }

    /** The text lower-cased without accents or cedillas, œ written oe: what a keyboard without them gives. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "OE"), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
