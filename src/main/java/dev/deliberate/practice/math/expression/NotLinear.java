package dev.deliberate.practice.math.expression;

/** Raised inside this package when a tree is not linear; the parser turns it into a {@link ParseError}. */
final class NotLinear extends RuntimeException {

    private final String code;

    NotLinear(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
