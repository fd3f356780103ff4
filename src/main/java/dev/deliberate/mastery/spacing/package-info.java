/**
 * FSRS-6, the Free Spaced Repetition Scheduler in its sixth version, free of any framework: the
 * memory model (stability, difficulty, retrievability), its 21 published default weights, and the
 * scheduler that turns a card's state and a rating into the next state and due time, with the
 * reference implementation's learning and relearning steps.
 *
 * <p>Every type here is an immutable value or a calculator configured by one; none reads the clock.
 * The formulas follow the published algorithm as implemented by ts-fsrs 5.4.2; the tests replay
 * review histories computed with it.
 */
package dev.deliberate.mastery.spacing;
