package dev.deliberate.practice.spi;

import java.util.Objects;

/**
 * What an item reviews in the learner's memory, for subjects that schedule spaced repetition
 * (languages): a card key and the kind of item it was asked through.
 *
 * @param key      the card, e.g. {@code verb:aller|tense:compound-past} (segments name:value joined by |)
 * @param itemType {@code CLOZE}, {@code TRANSFORM} or {@code TRANSLATE}: how fast a right answer must
 *                 come to count as automatic
 */
public record ReviewCard(String key, String itemType) {

    public ReviewCard {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(itemType, "itemType");
    }
}
