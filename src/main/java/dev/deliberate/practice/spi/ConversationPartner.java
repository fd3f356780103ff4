package dev.deliberate.practice.spi;

import java.util.Optional;

/**
 * The other person's lines of a conversation written outside the engine (by a language model, when
 * one is configured and the assignment allows it). The subject orders a line for a turn of its own
 * scripted dialogue and decides whether it may be shown ({@link LineOrder#check()}): the verb forms
 * the line claims to use are checked by the conjugation engine first. A line is kept only when the
 * check accepts it; otherwise, or when nothing comes in time, the scripted line is shown.
 */
public interface ConversationPartner {

    /** No lines ever: every conversation uses its scripted lines. */
    ConversationPartner NONE = new ConversationPartner() {
        @Override
        public Optional<SpokenLine> line(LineOrder order) {
            return Optional.empty();
        }

        @Override
        public Optional<SpokenLine> line(String id) {
            return Optional.empty();
        }
    };

    /** A line for the order's turn, accepted by its check, within the order's time bound; empty otherwise. */
    Optional<SpokenLine> line(LineOrder order);

    /** A line accepted earlier, by its id: how a served turn is shown again exactly. */
    Optional<SpokenLine> line(String id);
}
