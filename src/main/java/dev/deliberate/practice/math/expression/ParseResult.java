package dev.deliberate.practice.math.expression;

/** Either what was read or the {@link ParseError} saying why it could not be; never an exception. */
public sealed interface ParseResult<T> {

    static <T> ParseResult<T> parsed(T value) {
        return new Parsed<>(value);
    }

    static <T> ParseResult<T> failed(ParseError error) {
        return new Failed<>(error);
    }

    /** Whether reading succeeded. */
    boolean isParsed();

    /** What was read; throws {@link IllegalStateException} after a failure. */
    T value();

    /** Why reading failed; throws {@link IllegalStateException} after a success. */
    ParseError error();

    /** A successful read. */
    record Parsed<T>(T value) implements ParseResult<T> {
        @Override
        public boolean isParsed() {
            return true;
        }

        @Override
        public ParseError error() {
            throw new IllegalStateException("parsed without error");
        }
    }

    /** A failed read. */
    record Failed<T>(ParseError error) implements ParseResult<T> {
        @Override
        public boolean isParsed() {
            return false;
        }

        @Override
        public T value() {
            throw new IllegalStateException(error.code());
        }
    }
}
