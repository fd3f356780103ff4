package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.RationalFormat;
import java.util.Optional;

/**
 * Reads a final answer leniently: {@code 3}, {@code x = 3}, {@code x=-3/4}, {@code -0.75},
 * {@code 1 1/2}, {@code −1½}, {@code 3 = x}, {@code x = 6/2}; spaces anywhere, any single letter.
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    /** The answer given after {@code workLines} lines of work (it is named as the next line). */
    public static Answer read(String text, int workLines) {
        ParseError.Source source = new ParseError.Source(workLines + 1, true);
        if (text == null || text.isBlank()) {
            return new Answer.Unreadable(ParseError.at(source, 0, "math.parse.empty-answer"));
        }
        Optional<Answer> number = RationalFormat.parse(text).map(Answer.Value::new);
        if (number.isPresent()) {
            return number.get();
        }
        return text.contains("=") ? equation(text, source) : expression(text, source);
    }

    /** The first letter written in an answer, such as {@code y} in {@code y = 15}. */
    public static Optional<Character> letterIn(String text) {
        return text == null ? Optional.empty()
                : text.chars().filter(Character::isLetter).mapToObj(c -> (char) c).findFirst();
    }

    private static Answer equation(String text, ParseError.Source source) {
        int equals = text.indexOf('=');
        Optional<Answer> written = solvedByHand(text.substring(0, equals), text.substring(equals + 1))
                .or(() -> solvedByHand(text.substring(equals + 1), text.substring(0, equals)));
        if (written.isPresent()) {
            return written.get();
        }
        ParseResult<Equation> parsed = EquationParser.read(text, source);
        if (!parsed.isParsed()) {
            return new Answer.Unreadable(parsed.error());
        }
        Equation equation = parsed.value();
        if (equation.isSolved() && equation.solutions() instanceof SolutionSet.One one) {
            return new Answer.Value(one.value());
        }
        return new Answer.Unsolved(equation);
    }

    private static Optional<Answer> solvedByHand(String letterSide, String numberSide) {
        String letter = letterSide.strip();
        if (letter.length() != 1 || !Character.isLetter(letter.charAt(0))) {
            return Optional.empty();
        }
        return RationalFormat.parse(numberSide).map(Answer.Value::new);
    }

    private static Answer expression(String text, ParseError.Source source) {
        ParseResult<Expression> parsed = EquationParser.readExpression(text, source);
        if (!parsed.isParsed()) {
            return new Answer.Unreadable(parsed.error());
        }
        LinearForm form = Linearizer.linearize(parsed.value());
        if (!form.isConstant()) {
            String letter = String.valueOf(letterIn(parsed.value()));
            return new Answer.Unreadable(ParseError.at(source, 0, "math.parse.answer-has-unknown", letter));
        }
        return new Answer.Value(form.constant());
    }

    private static char letterIn(Expression expression) {
        if (expression instanceof Unknown unknown) {
            return unknown.name();
        }
        if (expression instanceof Negation negation) {
            return letterIn(negation.operand());
        }
        if (expression instanceof Operation operation) {
            char left = letterIn(operation.left());
            return left != 0 ? left : letterIn(operation.right());
        }
        return 0;
    }
}
