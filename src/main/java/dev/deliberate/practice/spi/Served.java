package dev.deliberate.practice.spi;

/**
 * An item a learner was already served, as variety needs it: its key and context, and for the
 * latest item the learner's last answer to it (a conversation goes on from what was said), else null.
 */
public record Served(String key, String context, String answer) {

    public Served(String key, String context) {
        this(key, context, null);
    }
}
