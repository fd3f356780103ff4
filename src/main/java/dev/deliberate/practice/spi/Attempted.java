package dev.deliberate.practice.spi;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the loop knows about an attempt besides the response itself. The previous draft and the
 * learner's name are looked up only when a subject asks (math never does).
 */
public final class Attempted {

    /** A first attempt, judged by rules only. */
    public static final Attempted FIRST = of(null, null, Set.of());

    private final Supplier<Response> previous;
    private final Long modelCourse;
    private final Supplier<Set<String>> avoidNames;

    private Attempted(Supplier<Response> previous, Long modelCourse, Supplier<Set<String>> avoidNames) {
        this.previous = previous;
        this.modelCourse = modelCourse;
        this.avoidNames = avoidNames;
    }

    public static Attempted of(Response previous, Long modelCourse, Set<String> avoidNames) {
        Set<String> names = avoidNames == null ? Set.of() : Set.copyOf(avoidNames);
        return new Attempted(() -> previous, modelCourse, () -> names);
    }

    /** An attempt whose previous draft and learner's name are read from the suppliers when asked. */
    public static Attempted lazily(Supplier<Response> previous, Long modelCourse, Supplier<Set<String>> avoidNames) {
        return new Attempted(previous, modelCourse, avoidNames);
    }

    /** The learner's previous response to the same item (a draft being revised), if any. */
    public Optional<Response> previous() {
        return Optional.ofNullable(previous.get());
    }

    /** The course whose assignment lets a language model comment (its budget pays); empty: rules only. */
    public Optional<Long> modelCourse() {
        return Optional.ofNullable(modelCourse);
    }

    /** Words of the learner's own name: feedback never shows one the response does not contain. */
    public Set<String> avoidNames() {
        Set<String> names = avoidNames.get();
        return names == null ? Set.of() : names;
    }
}
