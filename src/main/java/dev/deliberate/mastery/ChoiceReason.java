package dev.deliberate.mastery;

/** Why the policy chose the next item; the page explains it to the learner. */
public enum ChoiceReason {

    /** The teacher set a focus (skills, a band of difficulty, challenge mode); it comes before everything else. */
    TEACHER_FOCUS,

    /** The next skill of the assignment, at a difficulty the learner should mostly succeed at. */
    TARGET_PRACTICE,

    /** The learner is stuck on a skill, so they go back to a prerequisite not yet mastered. */
    PREREQUISITE_REVIEW,

    /** A misconception recurs on this skill; a short focused set works on it. */
    MISCONCEPTION_FOCUS,

    /** A mastered skill has come due for review. */
    SPACED_REVIEW,

    /** Every skill of the assignment is mastered; harder items stretch the learner. */
    CHALLENGE
}
