package dev.deliberate.practice.spi;

import java.util.List;

/** What the learner answered: the final answer and, optionally, their work one line each. */
public record Response(String answer, List<String> workLines) {

    public Response {
        answer = answer == null ? "" : answer;
        workLines = workLines == null ? List.of() : List.copyOf(workLines);
    }
}
