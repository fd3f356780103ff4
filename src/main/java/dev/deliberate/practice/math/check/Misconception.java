package dev.deliberate.practice.math.check;

import java.util.Locale;

/**
 * The misconception library: the faulty steps the checker recognises. Each one except
 * {@link #ARITHMETIC_SLIP}, {@link #STOPPED_EARLY}, {@link #STORY_SET_UP} and {@link #UNKNOWN} is a
 * faulty transformation that the checker applies to the previous line; it is named only when the
 * line it produces is the learner's line. {@link #UNKNOWN} names nothing: the line is wrong and no
 * faulty step reproduces it, so no misconception is recorded for it.
 */
public enum Misconception {
    /** {@code 2x + 6 = 10 → 2x = 10 + 6}: a term crossed the equals sign without changing sign. */
    SIGN_ERROR_MOVING_TERM,
    /** {@code 2x + 6 = 10 → 2x = 10}: an operation applied to one side of the equation only. */
    ONE_SIDE_ONLY,
    /** {@code 3(x − 2) = 12 → 3x − 2 = 12}: the factor multiplied only the first term in the brackets. */
    DISTRIBUTE_FIRST_TERM_ONLY,
    /** {@code 2x + 6 = 10 → x + 6 = 5}: a side divided (or multiplied) term by term, missing a term. */
    DIVIDE_ONE_TERM_ONLY,
    /** {@code (2/3)x = 4 → x = 4 · 2/3}, {@code 1/2 + 1/3 = 2/5}: a reciprocal or fraction rule broken. */
    RECIPROCAL_OR_FRACTION_ERROR,
    /** {@code 3x + 2 = 11 → 5x = 11}: an x-term and a plain number added together. */
    COMBINED_UNLIKE_TERMS,
    /** {@code 3x = 12 → x = 12 − 3}: the coefficient subtracted instead of dividing by it. */
    SUBTRACTED_COEFFICIENT,
    /** {@code −8x = 24 → x = 3}: divided by the size of a negative coefficient, without its sign. */
    DIVIDED_WITHOUT_SIGN,
    /** {@code −x = 5 → x = 5}: one side multiplied by −1 (its signs changed), the other left alone. */
    NEGATED_ONE_SIDE,
    /** {@code 0.25x + 1.5 = 4 → 25x + 15 = 4}: each fraction or decimal cleared with its own factor. */
    WRONG_CLEARING_FACTOR,
    /** {@code x = 2 + 3 · 4 → x = 20}: added (or subtracted) before multiplying or dividing. */
    ORDER_OF_OPERATIONS,
    /** {@code x/3 = 4/5 → 5x = 12} is right; {@code → 4x = 15}: tops and bottoms paired wrongly. */
    WRONG_CROSS_MULTIPLICATION,
    /** A word problem's equation with the story's numbers in the wrong roles, or one left out. */
    STORY_SET_UP,
    /** The right kind of step with a computation off, e.g. {@code 2x = 16 − 6 → 2x = 12}. */
    ARITHMETIC_SLIP,
    /** A correct equation such as {@code 2x = 6} given as the answer, or its right-hand side 6. */
    STOPPED_EARLY,
    /** Not equivalent to the previous line, and no known faulty step explains it. */
    UNKNOWN;

    /** Stable identifier for storage and message keys, e.g. {@code sign-error-moving-term}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Key of the short name in the math message bundle (for "you tend to …" summaries). */
    public String messageKey() {
        return "math.misconception." + id();
    }
}
