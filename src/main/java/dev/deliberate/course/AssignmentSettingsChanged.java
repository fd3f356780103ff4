package dev.deliberate.course;

/**
 * A teacher saved new settings for the assignment of their session, inside a transaction that is
 * still open. Published synchronously: practice applies them from each student's next item and
 * recomputes who has met the goal.
 *
 * @param teacher the session of the teacher who saved them (its course and assignment)
 */
public record AssignmentSettingsChanged(CourseSession teacher) {

    public long contextId() {
        return teacher.contextId();
    }

    public long linkId() {
        return teacher.linkId();
    }
}
