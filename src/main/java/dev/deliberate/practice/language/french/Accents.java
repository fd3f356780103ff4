package dev.deliberate.practice.language.french;

import java.util.Optional;

import dev.deliberate.practice.language.check.Finding;
import dev.deliberate.practice.language.check.Reason;

/**
 * What is wrong with the accents of an answer spelled like the right one but for its accents.
 * A missing circumflex is accepted with the spelling shown: it changes neither the sound nor the
 * form (êtes, connaît), and the 1990 spelling reform drops it on i and u. Any other missing accent
 * (é, è, ç, ë) is refused, because it marks the form: parlé is a participle and parle is not, the
 * è of achète is the stem change, ç keeps the c of commençons soft. An accent that is wrong or
 * where none belongs is refused too.
 */
final class Accents {

    private Accents() {
    }

    /** The finding for an answer whose letters match the expected form once accents are ignored; empty if identical. */
    static Optional<Finding> compare(String written, String expected) {
        if (written.equals(expected) || written.length() != expected.length()) {
            return written.equals(expected) ? Optional.empty() : Optional.of(Finding.of(Reason.UNEXPLAINED));
        }
        for (int i = 0; i < expected.length(); i++) {
            char want = expected.charAt(i);
            char got = written.charAt(i);
            if (want == got) {
                continue;
            }
            String letter = String.valueOf(want);
            if (Spelling.fold(letter).equals(letter) || Spelling.fold(letter).charAt(0) != got) {
                return Optional.of(new Finding(Reason.WRONG_ACCENT, letter.equals(Spelling.fold(letter)) ? String.valueOf(got) : letter));
            }
            if ("âêîôû".indexOf(want) < 0) {
                return Optional.of(new Finding(Reason.MISSING_ACCENT, letter));
            }
        }
        return Optional.of(new Finding(Reason.MISSING_CIRCUMFLEX, circumflexOf(expected, written)));
    }

    private static String circumflexOf(String expected, String written) {
        for (int i = 0; i < expected.length(); i++) {
            if (expected.charAt(i) != written.charAt(i)) {
                return String.valueOf(expected.charAt(i));
            }
        }
        return "";
    }
}
