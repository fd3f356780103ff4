package dev.deliberate.practice.spi;

/**
 * A story as a writer returned it, before the engine has read it.
 *
 * @param equation the equation the writer says the story tells
 * @param unknown  what x stands for, in words
 * @param english  the story in English, asking one question
 * @param spanish  the same story in Spanish
 */
public record StoryDraft(String equation, String unknown, String english, String spanish) {
}
