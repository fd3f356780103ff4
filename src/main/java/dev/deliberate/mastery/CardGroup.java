package dev.deliberate.mastery;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A set of cards named by their keys: those starting with {@code prefix} and holding every one of
 * {@code segments} (whole {@code name:value} parts between {@code |}). {@code CardGroup.prefix("verb:aller|")}
 * is every card of aller; {@code CardGroup.having("tense:passe_compose")} every card in the passé composé.
 *
 * @param prefix   the start every key must have ("" for any)
 * @param segments the segments every key must hold
 */
public record CardGroup(String prefix, List<String> segments) {

    /** Every card. */
    public static final CardGroup ALL = new CardGroup("", List.of());

    public CardGroup {
        Objects.requireNonNull(prefix, "prefix");
        segments = List.copyOf(segments);
    }

    public static CardGroup prefix(String prefix) {
        return new CardGroup(prefix, List.of());
    }

    public static CardGroup having(String... segments) {
        return new CardGroup("", List.of(segments));
    }

    /** Whether the card {@code key} belongs to this group. */
    public boolean matches(String key) {
        if (!key.startsWith(prefix)) {
            return false;
        }
        List<String> parts = Arrays.asList(key.split("\\|"));
        return parts.containsAll(segments);
    }
}
