package dev.deliberate.practice.writing;

import java.util.List;

/**
 * The kinds of writing task: a short focused exercise on one part of an argument, or a section of
 * the learner's own essay. Each names the criteria it is judged on (language correctness is
 * judged on all of them besides).
 */
enum Task {

    THESIS("thesis"),
    HOOK("hook"),
    ROADMAP("roadmap"),
    CLAIM("claim"),
    EVIDENCE("evidence", "reasoning"),
    REASONING("reasoning"),
    TRANSITION("transition"),
    COUNTER_ARGUMENT("counter-argument"),
    CONCLUSION("conclusion"),
    LANGUAGE(),
    INTRODUCTION("hook", "thesis", "roadmap"),
    BODY("claim", "evidence", "reasoning"),
    ESSAY_TRANSITION("transition"),
    ESSAY_COUNTER_ARGUMENT("counter-argument"),
    ESSAY_CONCLUSION("conclusion");

    /** The level from which items are sections of the learner's own essay. */
    static final int ESSAY_LEVEL = 3;

    private final List<String> criteria;

    Task(String... criteria) {
        this.criteria = List.of(criteria);
    }

    /** The criteria judged besides language correctness. */
    List<String> criteria() {
        return criteria;
    }

    boolean essay() {
        return ordinal() >= INTRODUCTION.ordinal();
    }

    /** The task that practises {@code skill} at {@code level}. */
    static Task of(String skill, int level) {
        boolean essay = level >= ESSAY_LEVEL;
        return switch (skill) {
            case "thesis" -> essay ? INTRODUCTION : THESIS;
            case "hook" -> essay ? INTRODUCTION : HOOK;
            case "roadmap" -> essay ? INTRODUCTION : ROADMAP;
            case "claim" -> essay ? BODY : CLAIM;
            case "evidence" -> essay ? BODY : EVIDENCE;
            case "reasoning" -> essay ? BODY : REASONING;
            case "transition" -> essay ? ESSAY_TRANSITION : TRANSITION;
            case "counter-argument" -> essay ? ESSAY_COUNTER_ARGUMENT : COUNTER_ARGUMENT;
            case "conclusion" -> essay ? ESSAY_CONCLUSION : CONCLUSION;
            case "language" -> LANGUAGE;
            default -> throw new IllegalArgumentException("no writing skill " + skill);
        };
    }

    /** The message code of the task's statement. */
    String code() {
        return "writing.task." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
