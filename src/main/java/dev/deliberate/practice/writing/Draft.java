package dev.deliberate.practice.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's text read for the rules: its paragraphs (one a line), sentences and words, and the
 * language it is written in (English or Spanish, guessed from its common words and marks).
 */
record Draft(String text, List<String> paragraphs, List<String> sentences, List<String> words, Lexicon lexicon) {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"”»)]?|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['’][\\p{L}]+)?");

    static Draft of(List<String> lines) {
        List<String> paragraphs = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> sentences = new ArrayList<>();
        paragraphs.forEach(paragraph -> sentences.addAll(sentencesOf(paragraph)));
        String text = String.join("\n", paragraphs);
        List<String> words = wordsOf(text);
        return new Draft(text, paragraphs, List.copyOf(sentences), words, Lexicon.of(words, text));
    }

    static List<String> sentencesOf(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE.matcher(paragraph);
        while (matcher.find()) {
            String sentence = matcher.group().strip();
            if (!sentence.isEmpty() && WORD.matcher(sentence).find()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The first sentence, or the empty string. */
    String first() {
        return sentences.isEmpty() ? "" : sentences.get(0);
    }

    /** Words of {@code sentence}, lower case. */
    static List<String> words(String sentence) {
        return wordsOf(sentence);
    }

    /** A sentence as quoted back: shortened past 90 characters at a word boundary. */
    static String quote(String sentence) {
        String s = sentence.strip();
        if (s.length() <= 90) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 85);
        return s.substring(0, cut < 40 ? 85 : cut) + "…";
    }
}
