package dev.deliberate.practice.spi;

import java.util.List;

/**
 * The subject's judgement of a response.
 *
 * @param verdict       right, wrong or unreadable
 * @param line          the first line wrong or unreadable (1-based; the answer counts as the line after the work)
 * @param atFinalAnswer whether that line is the final answer
 * @param misconception the misconception diagnosed (e.g. {@code SIGN_ERROR_MOVING_TERM}), or null
 * @param explanation   what went wrong and why, naming the line; for a correct answer, a confirmation
 * @param hint          a nudge that does not give the answer away, or null
 * @param workedExample a full solution, for the loop to show after repeated failure
 * @param notes         feedback per criterion, for subjects that judge several at once (writing); empty otherwise
 */
public record Checked(Verdict verdict, int line, boolean atFinalAnswer, String misconception, Text explanation, Text hint,
        List<WorkedLine> workedExample, List<Note> notes) {

    public Checked {
        workedExample = List.copyOf(workedExample);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A judgement without notes per criterion (one skill, one verdict: math). */
    public Checked(Verdict verdict, int line, boolean atFinalAnswer, String misconception, Text explanation, Text hint,
            List<WorkedLine> workedExample) {
        this(verdict, line, atFinalAnswer, misconception, explanation, hint, workedExample, List.of());
    }

    public boolean correct() {
        return verdict == Verdict.CORRECT;
    }
}
