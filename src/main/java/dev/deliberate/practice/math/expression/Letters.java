package dev.deliberate.practice.math.expression;

/** Remembers the first letter of a line and rejects a second, different one. */
final class Letters {

    private Character unknown;

    char accept(Token token, ParseError.Source source) {
        char letter = token.text().charAt(0);
        if (unknown == null) {
            unknown = letter;
        } else if (unknown != letter) {
            throw new ParseFailure(ParseError.at(source, token.position(), "math.parse.two-unknowns",
                    String.valueOf(unknown), String.valueOf(letter)));
        }
        return letter;
    }

    /** The letter seen, or {@code fallback} when the line had none. */
    char unknownOr(char fallback) {
        return unknown == null ? fallback : unknown;
    }
}
