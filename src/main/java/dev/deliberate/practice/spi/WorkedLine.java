package dev.deliberate.practice.spi;

/** One line of a worked example: what is written, typeset, and why. */
public record WorkedLine(String text, String latex, Text reason) {
}
