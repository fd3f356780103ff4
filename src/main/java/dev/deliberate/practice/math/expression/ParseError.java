package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.MessageRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a line or an answer could not be read: a message code, the line (1-based), the position in
 * the line (1-based, 0 when the error has none) and extra arguments for the message.
 */
public record ParseError(String code, int line, boolean inAnswer, int position, List<Object> details) {

    public ParseError {
        details = List.copyOf(details);
    }

    static ParseError at(Source source, int position, String code, Object... details) {
        return new ParseError(code, source.line(), source.inAnswer(), position, List.of(details));
    }

    /**
     * The message: {@code {0}} is "line N" (or "answer"), {@code {1}} the position, then the details.
     */
    public MessageRef message() {
        List<Object> args = new ArrayList<>();
        args.add(inAnswer ? MessageRef.of("math.where.answer") : MessageRef.of("math.where.line", line));
        args.add(position);
        args.addAll(details);
        return new MessageRef(code, args);
    }

    /** The message in English, e.g. {@code line 2: missing right-hand side}. */
    public String englishText() {
        return MathMessages.english().render(message());
    }

    /** Where the text came from, to name it in the message. */
    record Source(int line, boolean inAnswer) {
    }
}
