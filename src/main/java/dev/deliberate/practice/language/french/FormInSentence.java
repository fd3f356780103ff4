package dev.deliberate.practice.language.french;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.deliberate.practice.language.check.AccentInput;
import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Tense;

/**
 * Finds the verb form a sentence of the learner's own must use (a dialogue answer, a translation)
 * and judges it with the {@link FrenchChecker}, lenient on every other word. The form is looked for
 * after each subject pronoun: the pronoun and the one to three words after it, a negation
 * ({@code ne}, {@code n'}, {@code pas}) left out. A right reading wins; otherwise the first reading
 * whose mistake the checker can name; empty when the sentence has no subject pronoun at all.
 */
public final class FormInSentence {

    private static final Set<String> PRONOUNS = Set.of("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles");
    private static final Set<String> NEGATION = Set.of("ne", "n'", "pas", "jamais", "plus", "rien");
    private static final Pattern WORD = Pattern.compile("[^\\s',;:!?«»()\"]+'?");

    private final FrenchChecker checker = new FrenchChecker();

    /** How the form in {@code typed} compares with the one asked, or empty when no form could be found. */
    public Optional<Diagnosis> check(FrenchVerb verb, Tense tense, Doer doer, String typed) {
        List<String> words = words(AccentInput.read(typed));
        int length = (tense == Tense.COMPOUND_PAST ? 2 : 1) + (verb.pronominal() ? 1 : 0);
        Diagnosis named = null;
        Diagnosis unexplained = null;
        for (int start = 0; start < words.size(); start++) {
            if (!PRONOUNS.contains(words.get(start))) {
                continue;
            }
            for (int take : new int[] { length, length - 1, length + 1 }) {
                if (take < 1 || start + 1 + take > words.size()) {
                    continue;
                }
                Diagnosis diagnosis = checker.check(verb, tense, doer, joined(words.subList(start, start + 1 + take)));
                if (diagnosis.right()) {
                    return Optional.of(diagnosis);
                }
                boolean explained = diagnosis.reason().filter(reason -> reason != Reason.UNEXPLAINED).isPresent();
                if (explained && named == null) {
                    named = diagnosis;
                }
                if (unexplained == null && take == length) {
                    unexplained = diagnosis;
                }
            }
        }
        return Optional.ofNullable(named != null ? named : unexplained);
    }

    /** The words of the answer, negation left out; {@code je n'ai} becomes {@code j' ai}, as it would be said without it. */
    static List<String> words(String answer) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(answer);
        boolean negated = false;
        while (matcher.find()) {
            String word = matcher.group();
            if (word.equals("ne") || word.equals("n'")) {
                negated = true;
                if (word.equals("n'") && !words.isEmpty() && words.get(words.size() - 1).equals("je")) {
                    words.set(words.size() - 1, "j'");
                }
                continue;
            }
            if (negated && NEGATION.contains(word)) {
                negated = false;
                continue;
            }
            words.add(word);
        }
        return words;
    }

    private static String joined(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\'') {
                text.append(' ');
            }
            text.append(word);
        }
        return text.toString();
    }
}
