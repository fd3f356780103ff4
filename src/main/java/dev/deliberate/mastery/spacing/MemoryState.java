package dev.deliberate.mastery.spacing;

/**
 * What FSRS knows of one memory.
 *
 * @param stability  the days after which the chance of recall falls to 90%
 * @param difficulty how hard the card is for this learner, from 1 (easiest) to 10
 */
public record MemoryState(double stability, double difficulty) {
}
