package dev.deliberate.practice.spi;

/** How a response was judged. */
public enum Verdict {
    /** Work and answer are right. */
    CORRECT,
    /** A line or the answer is wrong; the feedback names it. */
    MISTAKE,
    /** A line or the answer could not be read; nothing is judged. */
    UNREADABLE
}
