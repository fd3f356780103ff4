package dev.deliberate.practice.math.item;

import java.util.List;
import java.util.stream.IntStream;

/** The short context sentences that frame a plain equation, four per context ({@code math.frame.<context>.<n>}). */
final class Frames {

    static final int PER_CONTEXT = 4;

    private Frames() {
    }

    static List<String> of(ProblemContext context) {
        return IntStream.rangeClosed(1, PER_CONTEXT)
                .mapToObj(n -> "math.frame." + context.id() + "." + n)
                .toList();
    }
}
