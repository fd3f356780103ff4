package dev.deliberate.practice.spi;

import java.util.Objects;

/**
 * Feedback on one criterion of a response, for subjects that judge several criteria at once
 * (writing: thesis, evidence, transitions…). Each criterion is a skill of the subject's
 * curriculum, so the learner model can follow it.
 *
 * @param criterion the skill id the note judges, e.g. {@code thesis}
 * @param met       whether the response meets it
 * @param comment   what the learner reads: it quotes their words where it can
 * @param source    who decided: the subject's own rules, or a language model
 */
public record Note(String criterion, boolean met, Text comment, Source source) {

    public Note {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(source, "source");
    }

    /** Who wrote a note: the learner is told which. */
    public enum Source {
        /** The subject's rules: same text, same verdict, every time. */
        RULES,
        /** A language model, where the teacher switched one on for the assignment. */
        MODEL
    }
}
