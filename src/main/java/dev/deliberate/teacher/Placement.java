package dev.deliberate.teacher;

import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.mastery.SkillState;

/**
 * Where the grouping puts one student, and the evidence behind it.
 *
 * @param kind  the kind of group
 * @param topic for a need, the topic holding the student back (e.g. {@code fractions}); else null
 * @param skill the skill the reason is about (the need, or the one being worked on), or null
 * @param habit the misconception the student shows most on that skill, or null
 */
record Placement(Kind kind, String topic, SkillState skill, MisconceptionCount habit) {

    enum Kind {
        /** Something holds the student back: a topic. */
        NEED,
        /** Practising with no sign of trouble, not done yet. */
        ON_TRACK,
        /** Every skill of the assignment mastered. */
        READY,
        /** No answer given in this assignment yet. */
        NOT_STARTED
    }

    /** The group's stable key, as pages ({@code data-group}) and exports name it. */
    String groupKey() {
        return switch (kind) {
            case NEED -> "need-" + topic;
            case ON_TRACK -> "on-track";
            case READY -> "ready-for-challenge";
            case NOT_STARTED -> "not-started";
        };
    }
}
