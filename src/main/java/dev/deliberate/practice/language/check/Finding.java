package dev.deliberate.practice.language.check;

import java.util.Objects;

/**
 * One reason found in an answer, with the word it is about.
 *
 * @param reason what is wrong
 * @param detail what the rule needs to be shown: the right auxiliary, the accented letter, the
 *               elided word; empty when the right form alone says it
 */
public record Finding(Reason reason, String detail) {

    public Finding {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public static Finding of(Reason reason) {
        return new Finding(reason, "");
    }
}
