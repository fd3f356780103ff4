package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.expression.Token.Kind;
import java.util.List;

/**
 * Recursive descent over the tokens of one side. Grammar (implicit multiplication binds like
 * {@code *}, left to right, so {@code 3/4x} is {@code (3/4)x} and {@code x/4} is {@code x·1/4}):
 * <pre>
 * side    := sum END
 * sum     := product (('+' | '-') product)*
 * product := signed (('*' | '/') signed | implicit)*     implicit: a letter or '(' follows
 * signed  := ('-' | '+') signed | power
 * power   := operand ('^' signed | '²')?
 * operand := NUMBER | LETTER | '(' sum ')'
 * </pre>
 */
final class ExpressionReader {

    private final List<Token> tokens;
    private final ParseError.Source source;
    private final Letters letters;
    private int next;

    ExpressionReader(List<Token> tokens, ParseError.Source source, Letters letters) {
        this.tokens = tokens;
        this.source = source;
        this.letters = letters;
    }

    Expression side() {
        Expression expression = sum();
        if (!peek().is(Kind.END)) {
            throw failure(peek(), "math.parse.unexpected-character", peek().text());
        }
        return expression;
    }

    private Expression sum() {
        Expression left = product();
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            Operator operator = take().is(Kind.PLUS) ? Operator.PLUS : Operator.MINUS;
            left = new Operation(operator, left, product());
        }
        return left;
    }

    private Expression product() {
        Expression left = signed();
        while (true) {
            Token token = peek();
            if (token.is(Kind.TIMES) || token.is(Kind.DIVIDE)) {
                take();
                left = new Operation(token.is(Kind.TIMES) ? Operator.TIMES : Operator.DIVIDE, left, signed());
            } else if (token.is(Kind.LETTER) || token.is(Kind.LEFT)) {
                left = new Operation(Operator.TIMES, left, power());
            } else if (token.is(Kind.NUMBER)) {
                throw failure(token, "math.parse.missing-operator", token.text());
            } else {
                return left;
            }
        }
    }

    private Expression signed() {
        if (peek().is(Kind.MINUS)) {
            take();
            return new Negation(signed());
        }
        if (peek().is(Kind.PLUS)) {
            take();
            return signed();
        }
        return power();
    }

    private Expression power() {
        Expression base = operand();
        if (peek().is(Kind.POWER)) {
            take();
            return new Operation(Operator.POWER, base, signed());
        }
        if (peek().is(Kind.SQUARED)) {
            take();
            return new Operation(Operator.POWER, base, Literal.integer(2));
        }
        return base;
    }

    private Expression operand() {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER -> {
                return take().literal();
            }
            case LETTER -> {
                return new Unknown(letters.accept(take(), source));
            }
            case LEFT -> {
                return bracketed();
            }
            default -> throw missingOperand(token);
        }
    }

    private Expression bracketed() {
        Token open = take();
        if (peek().is(Kind.RIGHT)) {
            throw failure(open, "math.parse.empty-parentheses");
        }
        Expression inside = sum();
        if (!take().is(Kind.RIGHT)) {
            throw failure(open, "math.parse.unbalanced-parenthesis");
        }
        return inside;
    }

    private ParseFailure missingOperand(Token token) {
        Token previous = next == 0 ? null : tokens.get(next - 1);
        if (previous == null || previous.is(Kind.LEFT)) {
            return failure(token, "math.parse.nothing-before", token.text());
        }
        return failure(previous, "math.parse.missing-operand", previous.text());
    }

    private ParseFailure failure(Token token, String code, Object... details) {
        return new ParseFailure(ParseError.at(source, token.position(), code, details));
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }
}
