package dev.deliberate.practice.math;

import java.util.List;
import java.util.Objects;

/**
 * A message code with its arguments, rendered later in the learner's language.
 *
 * <p>Arguments are strings (numbers and terms already written out), integers (line numbers) or
 * nested {@code MessageRef}s, which are rendered first in the same language.
 */
public record MessageRef(String code, List<Object> args) {

    public MessageRef {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A message with the given arguments, in order {@code {0}, {1}, …}. */
    public static MessageRef of(String code, Object... args) {
        return new MessageRef(code, List.of(args));
    }
}
