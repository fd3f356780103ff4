package dev.deliberate.practice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.Text;

/**
 * Which question a reflection asks. The last one looks back on the assignment; after a block in
 * which one mistake came back, the question names that habit; otherwise one of eight kinds, taken
 * in turn from a place fixed per learner, so two reflections in a row never ask the same thing.
 * The choice depends only on what is stored, so the page and the saved reflection always agree.
 */
@Component
class ReflectionPrompts {

    static final String FINAL = "practice.reflection.prompt.final";
    /** A recurring mistake, unnamed: the question of reflections written before it was named (V35). */
    static final String HABIT = "practice.reflection.prompt.habit";
    static final String HABIT_NAMED = HABIT + ".named";
    static final List<String> KINDS = List.of("practice.reflection.prompt.block", "practice.reflection.prompt.hardest",
            "practice.reflection.prompt.check", "practice.reflection.prompt.mistake", "practice.reflection.prompt.explain",
            "practice.reflection.prompt.changed", "practice.reflection.prompt.stuck", "practice.reflection.prompt.next");
    /** How often one misconception must come back within a block for the question to name it. */
    static final int HABIT_AFTER = 2;

    private final Attempts attempts;

    ReflectionPrompts(Attempts attempts) {
        this.attempts = attempts;
    }

    /** The question for the reflection the session waits for. */
    Prompt next(PracticeSession session) {
        if (session.finalReflectionDue()) {
            return new Prompt(FINAL, null, null);
        }
        Optional<Map.Entry<String, Integer>> habit = attempts.mostFrequentMisconception(session.id(),
                session.itemsDone() - session.blockDone()).filter(found -> found.getValue() >= HABIT_AFTER);
        if (habit.isPresent()) {
            return new Prompt(HABIT_NAMED, habit.get().getKey(), habit.get().getValue());
        }
        String kind = KINDS.get((int) Math.floorMod(session.learnerSeed() + session.reflections(), (long) KINDS.size()));
        return new Prompt(kind, null, null);
    }

    /**
     * A reflection question as stored with the answer: its message code and, for a question about a
     * recurring mistake, which mistake (its code) and how often it came back.
     */
    record Prompt(String code, String misconception, Integer count) {

        /** The words the learner reads, in the subject's terms. */
        Text shown(String subject) {
            return misconception == null ? Text.of(code) : Text.of(code, PracticePage.misconceptionName(subject, misconception), count);
        }
    }
}
