package dev.deliberate.practice.math.item;

/** One word-problem template: its message key, context, equation shape and whether it counts money. */
record StoryTemplate(String key, ProblemContext context, StoryShape shape, boolean money) {
}
