package dev.deliberate.practice;

import java.util.List;

import dev.deliberate.practice.spi.MathMarkup;

/**
 * Everything the student's practice region shows, with every text already in the learner's
 * language. Built by {@link PracticePage} from a {@link LoopState}. {@code focus} is the one line
 * saying what the teacher asked the learner to work on, and since when; null without a focus.
 * {@code subject} picks the answer area ({@link PracticeRegion}); {@code notes} is the feedback per
 * criterion of a subject that judges several at once (writing), each saying who wrote it.
 */
record PracticeView(
        Mode mode,
        Problem problem,
        Judgement judgement,
        String solved,
        String pattern,
        Reflection reflection,
        List<Interest> interests,
        List<SkillBar> skills,
        Stats stats,
        String notice,
        Typed typed,
        String focus,
        String subject,
        List<CriterionNote> notes,
        Memory memory) {

    PracticeView {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A view without memory cards. */
    PracticeView(Mode mode, Problem problem, Judgement judgement, String solved, String pattern, Reflection reflection,
            List<Interest> interests, List<SkillBar> skills, Stats stats, String notice, Typed typed, String focus, String subject,
            List<CriterionNote> notes) {
        this(mode, problem, judgement, solved, pattern, reflection, interests, skills, stats, notice, typed, focus, subject, notes, null);
    }

    /** A math view without a teacher's focus line. */
    PracticeView(Mode mode, Problem problem, Judgement judgement, String solved, String pattern, Reflection reflection,
            List<Interest> interests, List<SkillBar> skills, Stats stats, String notice, Typed typed) {
        this(mode, problem, judgement, solved, pattern, reflection, interests, skills, stats, notice, typed, null);
    }

    /** A math view. */
    PracticeView(Mode mode, Problem problem, Judgement judgement, String solved, String pattern, Reflection reflection,
            List<Interest> interests, List<SkillBar> skills, Stats stats, String notice, Typed typed, String focus) {
        this(mode, problem, judgement, solved, pattern, reflection, interests, skills, stats, notice, typed, focus, "math", List.of());
    }

    /**
     * Feedback on one criterion: its name, whether it is met, the comment (quoting the learner),
     * and who wrote it ({@code source}: the words "rules" or "language model", in the learner's language).
     */
    /**
     * The learner's memory cards (a subject that schedules them, such as French verbs), in words:
     * how many forms are due (they come first), how many are automatic, and the speed of right
     * answers this week against before ({@code speed} null before any right answer).
     */
    record Memory(int due, String dueLine, String automaticLine, String speedLine) {
    }

    record CriterionNote(String criterion, String name, boolean met, String comment, String source) {
    }

    enum Mode {
        INTERESTS, PROBLEM, REFLECTION
    }

    /**
     * The item on screen. When the statement names the equation ({@code inline}), it is split
     * around it so the equation can be typeset in place; otherwise the equation (if the learner is
     * not to write it from a story) is shown on its own line, as MathML the browser typesets.
     */
    record Problem(long itemId, int seq, String skill, String reason, String before, String shown, MathMarkup math,
            String after, boolean inline, boolean story) {

        Problem withoutReason() {
            return new Problem(itemId, seq, skill, null, before, shown, math, after, inline, story);
        }
    }

    /**
     * The answer just judged, or the hint just asked for. {@code kind} is mistake, unreadable, hint
     * or example; a mistake's diagnosis stays beside a hint ({@code hintRung} of {@code hintRungs}).
     * The worked example, after repeated failure, solves a parallel problem, never the learner's own.
     */
    record Judgement(String kind, String message, Integer line, String hint, int hintRung, int hintRungs, Example example,
            boolean canMoveOn) {
    }

    /** A worked example: the parallel problem's statement and its solution, line by line. */
    record Example(String statement, List<Worked> steps) {
    }

    record Worked(String text, MathMarkup math, String reason) {
    }

    /** What the learner had typed, put back in the form; each work line numbered, the diagnosed one marked. */
    record Typed(String answer, String work, List<TypedLine> lines) {
    }

    record TypedLine(int number, String text, boolean diagnosed) {
    }

    /**
     * The reflection asked for, and the learner's previous one in this assignment (prompt and text), if any.
     *
     * @param minimum the shortest reflection accepted, in characters ({@code deliberate.practice.minimum-reflection})
     */
    record Reflection(String prompt, boolean last, int number, String previousPrompt, String previous, int minimum) {
    }

    record Interest(String id, String name, boolean chosen) {
    }

    /**
     * One skill's progress. {@code stepBack} is set on a prerequisite the learner is visiting for a
     * skill of the assignment (what to tell them about it), and null otherwise.
     */
    record SkillBar(String id, String name, int percent, boolean mastered, String stepBack) {
    }

    /**
     * @param goal       the assignment's goal in words (see {@link dev.deliberate.mastery.Completion})
     * @param stillBelow the skills still under the target, with their mastery, in words; null when none
     */
    /** @param reflections whether blocks end with a reflection (the count until the next one is shown only then) */
    record Stats(int itemsDone, int minimumItems, int streak, int bestStreak, int blockDone, int blockSize, int score,
            boolean completed, String goal, String stillBelow, boolean reflections) {
    }
}
