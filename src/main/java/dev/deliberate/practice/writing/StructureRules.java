package dev.deliberate.practice.writing;

import java.util.List;
import java.util.Optional;

/**
 * The rules for an introduction: a thesis that takes a position and says why, a hook that makes
 * the reader curious, and a roadmap that previews the points. Each quotes the sentence it judged.
 */
final class StructureRules {

    private StructureRules() {
    }

    static Finding thesis(Draft draft) {
        Lexicon lex = draft.lexicon();
        Optional<String> announced = draft.sentences().stream().filter(s -> Lexicon.find(s, lex.announce).isPresent()).findFirst();
        List<String> positions = draft.sentences().stream().filter(s -> !isQuestion(s) && Lexicon.find(s, lex.position).isPresent())
                .toList();
        String candidate = positions.stream().filter(s -> Lexicon.find(s, lex.reason).isPresent() || listsPoints(s, lex)).findFirst()
                .orElse(positions.isEmpty() ? announced.orElse(draft.first()) : positions.get(0));
        String quote = Draft.quote(candidate);
        if (announced.isPresent() && Lexicon.find(announced.get(), lex.position).isEmpty()) {
            return Finding.missed("thesis", "announces", Draft.quote(announced.get()));
        }
        if (isQuestion(candidate)) {
            return Finding.missed("thesis", "question", quote);
        }
        if (Lexicon.find(candidate, lex.position).isEmpty()) {
            return Finding.missed("thesis", "no-position", quote);
        }
        if (Draft.words(candidate).size() < 7) {
            return Finding.missed("thesis", "too-short", quote);
        }
        Optional<String> reason = Lexicon.find(candidate, lex.reason);
        if (reason.isEmpty() && !listsPoints(candidate, lex)) {
            return Finding.missed("thesis", "no-reason", quote);
        }
        return Finding.met("thesis", "clear", quote);
    }

    static Finding hook(Draft draft) {
        Lexicon lex = draft.lexicon();
        String first = draft.first();
        String quote = Draft.quote(first);
        if (Lexicon.find(first, lex.plainOpening).isPresent() || Lexicon.find(first, lex.announce).isPresent()) {
            return Finding.missed("hook", "plain", quote);
        }
        if (isQuestion(first)) {
            return Finding.met("hook", "question", quote);
        }
        if (first.matches(".*\\d.*")) {
            return Finding.met("hook", "number", quote);
        }
        if (first.matches(".*[\"“«].*")) {
            return Finding.met("hook", "quotation", quote);
        }
        if (Lexicon.find(first, lex.hook).isPresent()) {
            return Finding.met("hook", "scene", quote);
        }
        return Finding.missed("hook", "plain", quote);
    }

    static Finding roadmap(Draft draft) {
        Lexicon lex = draft.lexicon();
        long ordinals = draft.sentences().stream().filter(s -> Lexicon.find(s, lex.roadmap).isPresent()).count();
        Optional<String> listing = draft.sentences().stream().filter(s -> !isQuestion(s) && listsPoints(s, lex)).reduce((a, b) -> b);
        if (listing.isPresent()) {
            return Finding.met("roadmap", "points", Draft.quote(listing.get()));
        }
        if (ordinals >= 2) {
            return Finding.met("roadmap", "ordered", Draft.quote(draft.sentences().get(draft.sentences().size() - 1)));
        }
        return Finding.missed("roadmap", "none", Draft.quote(draft.sentences().isEmpty() ? "" : draft.sentences().get(draft.sentences().size() - 1)));
    }

    /** Whether a sentence names two points or more: "… because X and Y", "X, Y and Z". */
    static boolean listsPoints(String sentence, Lexicon lex) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        String and = lex == Lexicon.SPANISH ? " y " : " and ";
        int at = lower.lastIndexOf(and);
        if (at < 0) {
            return false;
        }
        Optional<String> reason = Lexicon.find(sentence, lex.reason);
        int from = reason.map(r -> lower.indexOf(r.strip())).orElse(-1);
        boolean announced = Lexicon.find(sentence, lex.roadmap).isPresent();
        return (from >= 0 && at > from || announced || lower.indexOf(',') >= 0 && lower.indexOf(',') < at)
                && Draft.words(lower.substring(at)).size() >= 2;
    }

    static boolean isQuestion(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || s.startsWith("¿");
    }

    static List<String> sentencesAfterFirst(Draft draft) {
        return draft.sentences().size() <= 1 ? List.of() : draft.sentences().subList(1, draft.sentences().size());
    }
}
