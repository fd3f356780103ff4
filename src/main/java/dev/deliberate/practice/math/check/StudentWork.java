package dev.deliberate.practice.math.check;

import java.util.List;
import java.util.Objects;

/**
 * What a learner submitted: optional lines of work, one equation per line, and a final answer.
 * Blank lines are ignored. An empty answer is read from the last line when that line is solved.
 */
public record StudentWork(List<String> lines, String finalAnswer) {

    public StudentWork {
        lines = lines.stream().filter(Objects::nonNull).filter(line -> !line.isBlank()).toList();
        finalAnswer = finalAnswer == null ? "" : finalAnswer;
    }

    /** Only a final answer, no work. */
    public static StudentWork answerOnly(String answer) {
        return new StudentWork(List.of(), answer);
    }
}
