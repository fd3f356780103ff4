package dev.deliberate.mastery.spacing;

/** Where a card stands in FSRS: never seen, in its first steps, in day-based review, or relearning after a lapse. */
public enum CardPhase {
    NEW, LEARNING, REVIEW, RELEARNING
}
