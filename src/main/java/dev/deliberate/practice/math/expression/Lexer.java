package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.expression.Token.Kind;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a line into tokens, accepting the unicode signs learners paste (− × · ÷ ²). */
final class Lexer {

    static final int MAX_DIGITS = 30;

    private static final Map<Character, Kind> SYMBOLS = Map.ofEntries(
            Map.entry('+', Kind.PLUS), Map.entry('-', Kind.MINUS), Map.entry('\u2212', Kind.MINUS),
            Map.entry('\u2013', Kind.MINUS), Map.entry('*', Kind.TIMES), Map.entry('×', Kind.TIMES),
            Map.entry('·', Kind.TIMES), Map.entry('⋅', Kind.TIMES), Map.entry('/', Kind.DIVIDE),
            Map.entry('÷', Kind.DIVIDE), Map.entry('^', Kind.POWER), Map.entry('²', Kind.SQUARED),
            Map.entry('(', Kind.LEFT), Map.entry(')', Kind.RIGHT), Map.entry('=', Kind.EQUALS));
    private static final Pattern NUMBER = Pattern.compile("\\d*(?:[.,]\\d+)+|\\d+");
    private static final Pattern MIXED_TAIL = Pattern.compile("\\s+(\\d{1,9})/(\\d{1,9})(?![\\d.,])");

    private final String text;
    private final ParseError.Source source;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String text, ParseError.Source source) {
        this.text = text;
        this.source = source;
    }

    /** The tokens, ending with {@link Kind#END}; throws {@link ParseFailure} on a character it cannot read. */
    static List<Token> tokenize(String text, ParseError.Source source) {
        Lexer lexer = new Lexer(text, source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                i = number(i);
            } else if (SYMBOLS.containsKey(c)) {
                tokens.add(Token.of(SYMBOLS.get(c), String.valueOf(c), i + 1));
                i++;
            } else if (Character.isLetter(c)) {
                refuseWord(i);
                tokens.add(Token.of(Kind.LETTER, String.valueOf(c), i + 1));
                i++;
            } else {
                throw new ParseFailure(ParseError.at(source, i + 1, "math.parse.unexpected-character", String.valueOf(c)));
            }
        }
        tokens.add(Token.of(Kind.END, "", text.length() + 1));
    }

    /** Letters next to each other ({@code cm}, {@code apples}) are a word or a unit, not the unknown. */
    private void refuseWord(int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end - start > 1) {
            throw new ParseFailure(ParseError.at(source, start + 1, "math.parse.word", text.substring(start, end)));
        }
    }

    private int number(int start) {
        Matcher matcher = NUMBER.matcher(text).region(start, text.length());
        matcher.lookingAt();
        String written = matcher.group();
        if (written.chars().filter(ch -> ch == '.' || ch == ',').count() > 1) {
            throw new ParseFailure(ParseError.at(source, start + 1, "math.parse.bad-number", written));
        }
        if (written.length() > MAX_DIGITS) {
            throw new ParseFailure(ParseError.at(source, start + 1, "math.parse.number-too-long"));
        }
        Rational value = RationalFormat.parseDecimal(written);
        boolean hasPoint = written.contains(".") || written.contains(",");
        Matcher tail = MIXED_TAIL.matcher(text).region(matcher.end(), text.length());
        if (!hasPoint && value.signum() > 0 && tail.lookingAt() && isProper(tail.group(1), tail.group(2))) {
            return mixedNumber(start, value, tail);
        }
        Literal literal = hasPoint && !value.isInteger() ? new Literal(value, Literal.Notation.DECIMAL) : Literal.integer(value);
        tokens.add(new Token(Kind.NUMBER, written, start + 1, literal));
        return matcher.end();
    }

    /** {@code 1 1/2}: a whole number, a space and a proper fraction read as one number. */
    private int mixedNumber(int start, Rational whole, Matcher tail) {
        Rational value = whole.plus(Rational.of(Long.parseLong(tail.group(1)), Long.parseLong(tail.group(2))));
        Literal literal = new Literal(value, Literal.Notation.MIXED);
        tokens.add(new Token(Kind.NUMBER, text.substring(start, tail.end()), start + 1, literal));
        return tail.end();
    }

    private static boolean isProper(String numerator, String denominator) {
        long top = Long.parseLong(numerator);
        long bottom = Long.parseLong(denominator);
        return top > 0 && bottom > top;
    }
}
