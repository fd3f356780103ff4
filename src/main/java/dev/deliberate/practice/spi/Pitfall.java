package dev.deliberate.practice.spi;

/**
 * A misconception shown on a worked example: the wrong line it would write instead of one line of
 * the solution, and the feedback a learner writing it gets.
 *
 * @param step        the index, in {@link PracticeSubject#workedExample}, of the line written wrongly (1 or more)
 * @param wrong       what the misconception writes there
 * @param explanation the subject's feedback on that line, as a learner would read it
 */
public record Pitfall(int step, WorkedLine wrong, Text explanation) {
}
