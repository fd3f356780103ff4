package dev.deliberate.practice.spi;

/** One line of a worked example: what is written, the same as MathML, and why. */
public record WorkedLine(String text, MathMarkup math, Text reason) {
}
