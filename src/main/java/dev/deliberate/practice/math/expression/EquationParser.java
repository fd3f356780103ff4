package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.expression.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads one line of learner work into an {@link Equation}, or says precisely why it cannot:
 * numbers (integers, decimals, {@code a/b}, mixed numbers), {@code + - * / ( ) ^}, implicit
 * multiplication ({@code 3x}, {@code 2(x+1)}, {@code (2/3)x}), unicode − × · ÷ ², any single letter
 * as the unknown. Never throws on learner input.
 */
public final class EquationParser {

    /** Longest line accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    /** The unknown assumed when a line has no letter at all. */
    public static final char DEFAULT_UNKNOWN = 'x';

    private EquationParser() {
    }

    /** Reads {@code text} as line 1. */
    public static ParseResult<Equation> parse(String text) {
        return parse(text, 1);
    }

    /** Reads {@code text} as the given line (1-based), which error messages name. */
    public static ParseResult<Equation> parse(String text, int line) {
        return read(text, new ParseError.Source(line, false));
    }

    /** Reads an expression without an equals sign, e.g. {@code 2(x + 1) - 3}. */
    public static ParseResult<Expression> parseExpression(String text, int line) {
        return readExpression(text, new ParseError.Source(line, false));
    }

    static ParseResult<Equation> read(String text, ParseError.Source source) {
        try {
            return ParseResult.parsed(equation(tokens(text, source), source));
        } catch (ParseFailure failure) {
            return ParseResult.failed(failure.error());
        }
    }

    static ParseResult<Expression> readExpression(String text, ParseError.Source source) {
        try {
            List<Token> tokens = tokens(text, source);
            Letters letters = new Letters();
            Expression expression = side(tokens, source, letters);
            checkLinear(expression, source, letters);
            return ParseResult.parsed(expression);
        } catch (ParseFailure failure) {
            return ParseResult.failed(failure.error());
        }
    }

    private static List<Token> tokens(String text, ParseError.Source source) {
        if (text == null || text.isBlank()) {
            throw new ParseFailure(ParseError.at(source, 0, "math.parse.empty"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new ParseFailure(ParseError.at(source, 0, "math.parse.too-long", MAX_LENGTH));
        }
        return Lexer.tokenize(text, source);
    }

    private static Equation equation(List<Token> tokens, ParseError.Source source) {
        int split = equalsSign(tokens, source);
        List<Token> left = withEnd(tokens.subList(0, split), tokens.get(split).position());
        List<Token> right = tokens.subList(split + 1, tokens.size());
        if (left.size() == 1) {
            throw new ParseFailure(ParseError.at(source, 0, "math.parse.missing-left-side"));
        }
        if (right.size() == 1) {
            throw new ParseFailure(ParseError.at(source, 0, "math.parse.missing-right-side"));
        }
        Letters letters = new Letters();
        Expression leftSide = side(left, source, letters);
        Expression rightSide = side(right, source, letters);
        checkLinear(leftSide, source, letters);
        checkLinear(rightSide, source, letters);
        return new Equation(leftSide, rightSide, letters.unknownOr(DEFAULT_UNKNOWN));
    }

    /** The index of the one equals sign. */
    private static int equalsSign(List<Token> tokens, ParseError.Source source) {
        List<Token> equals = tokens.stream().filter(token -> token.is(Kind.EQUALS)).toList();
        if (equals.isEmpty()) {
            throw new ParseFailure(ParseError.at(source, 0, "math.parse.missing-equals"));
        }
        if (equals.size() > 1) {
            throw new ParseFailure(ParseError.at(source, equals.get(1).position(), "math.parse.too-many-equals"));
        }
        return tokens.indexOf(equals.get(0));
    }

    private static Expression side(List<Token> tokens, ParseError.Source source, Letters letters) {
        checkBrackets(tokens, source);
        return new ExpressionReader(tokens, source, letters).side();
    }

    private static void checkBrackets(List<Token> tokens, ParseError.Source source) {
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            if (token.is(Kind.LEFT)) {
                open.push(token);
            } else if (token.is(Kind.RIGHT) && open.isEmpty()) {
                throw new ParseFailure(ParseError.at(source, token.position(), "math.parse.unbalanced-parenthesis"));
            } else if (token.is(Kind.RIGHT)) {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            throw new ParseFailure(ParseError.at(source, open.peek().position(), "math.parse.unbalanced-parenthesis"));
        }
    }

    private static void checkLinear(Expression side, ParseError.Source source, Letters letters) {
        try {
            Linearizer.linearize(side);
        } catch (NotLinear notLinear) {
            String unknown = String.valueOf(letters.unknownOr(DEFAULT_UNKNOWN));
            throw new ParseFailure(ParseError.at(source, 0, notLinear.code(), unknown));
        }
    }

    private static List<Token> withEnd(List<Token> tokens, int position) {
        List<Token> side = new ArrayList<>(tokens);
        side.add(Token.of(Kind.END, "", position));
        return side;
    }
}
