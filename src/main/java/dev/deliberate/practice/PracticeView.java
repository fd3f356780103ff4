package dev.deliberate.practice;

import java.util.List;

/**
 * Everything the student's practice region shows, with every text already in the learner's
 * language. Built by {@link PracticePage} from a {@link LoopState}.
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
        String notice) {

    enum Mode {
        INTERESTS, PROBLEM, REFLECTION
    }

    /**
     * The item on screen. When the statement names the equation ({@code inline}), it is split
     * around it so the equation can be typeset in place; otherwise the equation (if the learner is
     * not to write it from a story) is shown on its own line.
     */
    record Problem(long itemId, int seq, String skill, String reason, String before, String shown, String latex,
            String after, boolean inline, boolean story) {
    }

    /**
     * The answer just judged. {@code kind} is correct, mistake or unreadable; the worked example
     * appears after repeated failure, with the option to move on.
     */
    record Judgement(String kind, String message, Integer line, String hint, List<Worked> workedExample, boolean canMoveOn,
            String answer, String work) {
    }

    record Worked(String text, String latex, String reason) {
    }

    record Reflection(String prompt, boolean last, int number) {
    }

    record Interest(String id, String name, boolean chosen) {
    }

    record SkillBar(String id, String name, int percent, boolean mastered) {
    }

    record Stats(int itemsDone, int minimumItems, int streak, int bestStreak, int blockDone, int blockSize, int score,
            boolean completed) {
    }
}
