package dev.deliberate.practice.math.expression;

/** Carries a {@link ParseError} out of the recursive descent; never leaves this package. */
final class ParseFailure extends RuntimeException {

    private final ParseError error;

    ParseFailure(ParseError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    ParseError error() {
        return error;
    }
}
