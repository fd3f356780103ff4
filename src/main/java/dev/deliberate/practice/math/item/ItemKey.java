package dev.deliberate.practice.math.item;

/** What makes two items "the same" for variety: the equation as text and the wording's message key. */
public record ItemKey(String equation, String wording) {
}
