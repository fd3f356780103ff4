package dev.deliberate.practice.spi;

/** An item a learner was already served, as variety needs it: its key and context. */
public record Served(String key, String context) {
}
