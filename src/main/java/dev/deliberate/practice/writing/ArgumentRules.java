package dev.deliberate.practice.writing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for the body and the end of an essay: a topic sentence with a claim, evidence,
 * reasoning that ties the evidence to the claim, a transition that links two paragraphs, a
 * counter-argument with its answer, and a conclusion that does more than repeat the thesis.
 */
final class ArgumentRules {

    private ArgumentRules() {
    }

    static Finding claim(Draft draft) {
        Lexicon lex = draft.lexicon();
        String first = draft.first();
        String quote = Draft.quote(first);
        if (StructureRules.isQuestion(first)) {
            return Finding.missed("claim", "question", quote);
        }
        if (Lexicon.find(first, lex.evidence).isPresent() && Lexicon.find(first, lex.claimVerbs).isEmpty()) {
            return Finding.missed("claim", "starts-with-evidence", quote);
        }
        if (Draft.words(first).size() < 5) {
            return Finding.missed("claim", "too-short", quote);
        }
        if (Lexicon.find(first, lex.position).isEmpty() && Lexicon.find(first, lex.claimVerbs).isEmpty()) {
            return Finding.missed("claim", "no-claim", quote);
        }
        return Finding.met("claim", "arguable", quote);
    }

    static Finding evidence(Draft draft) {
        Lexicon lex = draft.lexicon();
        List<String> candidates = draft.sentences();
        for (String sentence : candidates) {
            Optional<String> marker = Lexicon.find(sentence, lex.evidence);
            // a source, a number, someone's words, or a named place: something the reader can check
            if (marker.isPresent() || sentence.matches(".*\\d.*") || sentence.matches(".*[\"“«].*")
                    || sentence.matches(".*\\b(?:in|In|en|En) \\p{Lu}\\p{L}+.*")) {
                return Finding.met("evidence", "found", Draft.quote(sentence));
            }
        }
        return Finding.missed("evidence", "none", Draft.quote(candidates.isEmpty() ? draft.first() : candidates.get(0)));
    }

    static Finding reasoning(Draft draft, boolean evidenceGiven) {
        Lexicon lex = draft.lexicon();
        List<String> candidates = evidenceGiven ? draft.sentences() : StructureRules.sentencesAfterFirst(draft);
        for (String sentence : candidates) {
            boolean evidenceItself = !evidenceGiven && Lexicon.find(sentence, lex.evidence).isPresent()
                    && Lexicon.find(sentence, lex.reasoning.subList(0, lex.reasoning.size() - 1)).isEmpty();
            if (!evidenceItself && Lexicon.find(sentence, lex.reasoning).isPresent()) {
                return Finding.met("reasoning", "explains", Draft.quote(sentence));
            }
        }
        String last = draft.sentences().isEmpty() ? "" : draft.sentences().get(draft.sentences().size() - 1);
        return Finding.missed("reasoning", "none", Draft.quote(last));
    }

    /** A transition: a linking word near the start, and (when both paragraphs are given) words of each. */
    static Finding transition(Draft draft, String before, String after) {
        Lexicon lex = draft.lexicon();
        String first = draft.first();
        List<String> opening = Draft.words(first).stream().limit(6).toList();
        Optional<String> marker = Lexicon.find(String.join(" ", opening), lex.transitions);
        if (marker.isEmpty()) {
            return Finding.missed("transition", "no-link-word", Draft.quote(first));
        }
        if (before != null && after != null) {
            Optional<String> back = shared(draft, before);
            Optional<String> ahead = shared(draft, after);
            if (back.isEmpty()) {
                return Finding.missed("transition", "not-back", Draft.quote(first), marker.get());
            }
            if (ahead.isEmpty()) {
                return Finding.missed("transition", "not-ahead", Draft.quote(first), marker.get());
            }
            return Finding.met("transition", "links", Draft.quote(first), marker.get(), back.get(), ahead.get());
        }
        return Finding.met("transition", "word", Draft.quote(first), marker.get());
    }

    static Finding counterArgument(Draft draft) {
        Lexicon lex = draft.lexicon();
        int side = -1;
        for (int i = 0; i < draft.sentences().size(); i++) {
            String sentence = draft.sentences().get(i);
            if (side < 0 && Lexicon.find(sentence, lex.otherSide).isPresent()) {
                side = i;
                String rest = sentence.substring(Math.min(sentence.length(), sentence.toLowerCase(java.util.Locale.ROOT).indexOf(',') + 1));
                if (sentence.indexOf(',') > 0 && Lexicon.find(rest, lex.rebuttal).isPresent()) {
                    return Finding.met("counter-argument", "answered", Draft.quote(sentence));
                }
            }
            else if (side >= 0 && Lexicon.find(sentence, lex.rebuttal).isPresent()) {
                return Finding.met("counter-argument", "answered", Draft.quote(sentence));
            }
        }
        if (side >= 0) {
            return Finding.missed("counter-argument", "not-answered", Draft.quote(draft.sentences().get(side)));
        }
        return Finding.missed("counter-argument", "no-other-side", Draft.quote(draft.first()));
    }

    /** A conclusion: it reaches beyond the essay (a call, a consequence, a question) and is no copy of the thesis. */
    static Finding conclusion(Draft draft, String thesis) {
        Lexicon lex = draft.lexicon();
        String last = draft.sentences().isEmpty() ? "" : draft.sentences().get(draft.sentences().size() - 1);
        Optional<String> beyond = StructureRules.sentencesAfterFirst(draft).stream()
                .filter(s -> Lexicon.find(s, lex.beyond).isPresent()).reduce((a, b) -> b);
        // one sentence alone must reach beyond with more than "should": a future, a condition, a question, "we"
        if (beyond.isEmpty() && draft.sentences().size() == 1
                && Lexicon.find(last, lex.beyond.stream().filter(b -> !lex.position.contains(b)).toList()).isPresent()) {
            beyond = Optional.of(last);
        }
        if (beyond.isPresent()) {
            return Finding.met("conclusion", "beyond", Draft.quote(beyond.get()));
        }
        if (thesis != null && overlap(draft.words(), Draft.words(thesis), lex) > 0.6) {
            return Finding.missed("conclusion", "repeats", Draft.quote(draft.first()));
        }
        return Finding.missed("conclusion", "only-summary", Draft.quote(last));
    }

    /** A content word of {@code paragraph} the draft uses too (compared by stem), if any. */
    static Optional<String> shared(Draft draft, String paragraph) {
        Set<String> stems = new HashSet<>();
        draft.lexicon().contentWords(Draft.words(paragraph)).forEach(w -> stems.add(Lexicon.stem(w)));
        return draft.lexicon().contentWords(draft.words()).stream().filter(w -> stems.contains(Lexicon.stem(w))).findFirst();
    }

    /** The share of the thesis's content words (by stem) that the text repeats. */
    static double overlap(List<String> text, List<String> thesis, Lexicon lex) {
        Set<String> mine = new HashSet<>();
        lex.contentWords(text).forEach(w -> mine.add(Lexicon.stem(w)));
        List<String> theirs = lex.contentWords(thesis);
        return theirs.isEmpty() ? 0 : theirs.stream().filter(w -> mine.contains(Lexicon.stem(w))).count() / (double) theirs.size();
    }
}
