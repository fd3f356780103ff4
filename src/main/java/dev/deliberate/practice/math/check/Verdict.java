package dev.deliberate.practice.math.check;

/** The outcome of checking a piece of work. */
public enum Verdict {
    /** Every line follows from the one before and the answer is right. */
    CORRECT,
    /** A line or the answer is wrong; the feedback says where and, when it can, why. */
    MISTAKE,
    /** A line or the answer could not be read; the feedback carries the parse error. */
    UNREADABLE
}
