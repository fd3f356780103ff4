package dev.deliberate.practice;

/** Where a learner is in an assignment's practice. */
public enum SessionStatus {
    /** Working on items. */
    PRACTISING,
    /** A block (or the assignment) ended: the reflection prompt waits, and no new item comes before it. */
    REFLECTING,
    /** The completion criteria are met and the final reflection written; practice may go on. */
    COMPLETE
}
