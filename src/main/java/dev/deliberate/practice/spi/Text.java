package dev.deliberate.practice.spi;

import java.util.List;
import java.util.Objects;

/**
 * Something to say to the learner, in their language later: a message code and its arguments
 * (strings, numbers, or nested texts rendered first).
 */
public record Text(String code, List<Object> args) {

    public Text {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Text of(String code, Object... args) {
        return new Text(code, List.of(args));
    }
}
