package dev.deliberate.practice;

import dev.deliberate.practice.spi.ItemSpec;

/**
 * An item served to a learner: what regenerates it, why it was chosen, and how it went.
 *
 * @param reason   why the policy chose it (e.g. {@code MISCONCEPTION_FOCUS})
 * @param cause    the skill the learner was stuck on, or the misconception focused on; may be null
 * @param mistakes wrong answers so far
 * @param hints    hints shown so far
 * @param outcome  null while open; SOLVED, SOLVED_WITH_HELP or MOVED_ON once finished
 */
record PracticeItem(long id, long sessionId, int seq, ItemSpec spec, String key, String reason, String cause, int attempts,
        int mistakes, int hints, boolean exampleShown, String outcome) {

    boolean assisted() {
        return hints > 0 || exampleShown;
    }

    boolean open() {
        return outcome == null;
    }

    /** Whether this response is the item's first graded one (only that one moves the learner model). */
    boolean firstGraded() {
        return mistakes == 0;
    }

    /** One more response that could not be read. */
    PracticeItem unreadable() {
        return new PracticeItem(id, sessionId, seq, spec, key, reason, cause, attempts + 1, mistakes, hints, exampleShown, outcome);
    }

    /** One more wrong answer; from {@code exampleAfter} mistakes on, the worked example is shown. */
    PracticeItem mistake(int exampleAfter) {
        int made = mistakes + 1;
        return new PracticeItem(id, sessionId, seq, spec, key, reason, cause, attempts + 1, made, hints,
                exampleShown || made >= exampleAfter, outcome);
    }

    PracticeItem hinted() {
        return new PracticeItem(id, sessionId, seq, spec, key, reason, cause, attempts, mistakes, hints + 1, exampleShown, outcome);
    }

    PracticeItem solved() {
        return new PracticeItem(id, sessionId, seq, spec, key, reason, cause, attempts + 1, mistakes, hints, exampleShown,
                assisted() ? "SOLVED_WITH_HELP" : "SOLVED");
    }

    PracticeItem movedOn() {
        return new PracticeItem(id, sessionId, seq, spec, key, reason, cause, attempts, mistakes, hints, exampleShown, "MOVED_ON");
    }
}
