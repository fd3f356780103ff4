package dev.deliberate.practice.math.expression;

import dev.deliberate.practice.math.number.Rational;

/** A learner's final answer as read by {@link AnswerReader}. */
public sealed interface Answer {

    /** A number, written alone ({@code -3/4}) or as the solved equation {@code x = -3/4}. */
    record Value(Rational value) implements Answer {
    }

    /** An equation that does not have the unknown alone on one side, e.g. {@code 2x = 6}. */
    record Unsolved(Equation equation) implements Answer {
    }

    /** Text that is neither; the error says why. */
    record Unreadable(ParseError error) implements Answer {
    }
}
