package dev.deliberate.practice.math.check;

import java.util.List;

/**
 * A misconception with the message variant that explains it and the details the messages show
 * (terms, factors, numbers as learners see them).
 */
record Diagnosis(Misconception misconception, String variant, List<Object> details) {

    Diagnosis {
        details = List.copyOf(details);
    }

    static Diagnosis of(Misconception misconception, String variant, Object... details) {
        return new Diagnosis(misconception, variant, List.of(details));
    }
}
