package dev.deliberate.teacher;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.deliberate.mastery.SkillState;
import dev.deliberate.practice.AssignmentOutline;

/**
 * Splits a class by need, from the learner model alone (see docs/teacher.md):
 * <ol>
 *   <li>no answer in this assignment: <em>not started</em>;</li>
 *   <li>a skill the student struggles with (see {@link #struggles}) puts them in the group of that
 *       skill's topic; with several, the most basic one (first in teaching order) wins, because the
 *       skills after it build on it;</li>
 *   <li>an assignment score of {@value #READY_SCORE} or more, or a mean ability of
 *       {@value #CHALLENGE_ABILITY} or more, with every skill practised: <em>ready for a challenge</em>
 *       (a slip just after mastering a skill, or hard challenge items, do not take a student out of it);</li>
 *   <li>otherwise <em>on track</em>, working on the first skill not yet mastered.</li>
 * </ol>
 */
final class ClassGrouping {

    static final int MIN_EVIDENCE = 5;
    static final double LOW_KNOWLEDGE = 0.4;
    static final int FAILURE_RUN = 3;
    static final double LOW_ABILITY = -1.5;
    static final int LONG_EFFORT = 15;
    static final double MASTERED_ON_EASY_ITEMS = -1.5;
    static final int MASTERED_SLOWLY = 10;
    static final int MASTERED_AFTER_LONG_EFFORT = 25;
    static final double READY_SCORE = 0.95;
    static final double STRONG_ABILITY = 0.0;
    static final double CHALLENGE_ABILITY = 0.5;

    private final AssignmentOutline outline;

    ClassGrouping(AssignmentOutline outline) {
        this.outline = outline;
    }

    Placement place(LearnerSnapshot student) {
        if (student.answers() == 0) {
            return new Placement(Placement.Kind.NOT_STARTED, null, null, null);
        }
        Optional<SkillState> need = outline.reachable().stream().map(student::skill).flatMap(Optional::stream)
                .filter(ClassGrouping::struggles).findFirst();
        if (need.isPresent()) {
            SkillState skill = need.get();
            return new Placement(Placement.Kind.NEED, outline.topicOf(skill.skillId()), skill,
                    student.habitOn(skill.skillId()).orElse(null));
        }
        if (ready(student)) {
            return new Placement(Placement.Kind.READY, null, null, null);
        }
        Optional<String> open = outline.skills().stream()
                .filter(skill -> student.skill(skill).map(s -> !s.mastered()).orElse(true)).findFirst();
        SkillState working = open.flatMap(student::skill).orElse(null);
        return new Placement(Placement.Kind.ON_TRACK, null, working, working == null ? null : student.habitOn(working.skillId()).orElse(null));
    }

    private boolean ready(LearnerSnapshot student) {
        double credits = outline.skills().stream().mapToDouble(skill -> student.skill(skill).map(SkillState::credit).orElse(0.0)).sum();
        double ability = outline.skills().stream().mapToDouble(skill -> student.skill(skill).map(SkillState::ability).orElse(0.0)).sum();
        return outline.skills().stream().allMatch(skill -> student.skill(skill).isPresent())
                && (credits / outline.skills().size() >= READY_SCORE || ability / outline.skills().size() >= CHALLENGE_ABILITY);
    }

    /**
     * Whether the evidence says the student is struggling with this skill: at least
     * {@value #MIN_EVIDENCE} graded tries, an ability under {@value #STRONG_ABILITY} (worse than even
     * odds on a standard item: a strong student stretched by challenge items loses P(L), not ability), and either not mastered with one sign of trouble — P(L)
     * under {@value #LOW_KNOWLEDGE}, {@value #FAILURE_RUN} wrong in a row, ability under
     * {@value #LOW_ABILITY} logits (about one in five on a standard item), a misconception that
     * keeps coming back, or {@value #LONG_EFFORT} tries without mastering it — or mastered only
     * after {@value #MASTERED_AFTER_LONG_EFFORT} tries, or after {@value #MASTERED_SLOWLY} with an
     * ability still under {@value #MASTERED_ON_EASY_ITEMS} (knowledge tracing ignores difficulty: it
     * was mastered on easy items).
     */
    static boolean struggles(SkillState skill) {
        if (skill.attempts() < MIN_EVIDENCE || skill.ability() >= STRONG_ABILITY) {
            return false;
        }
        if (skill.mastered()) {
            return skill.attempts() >= MASTERED_AFTER_LONG_EFFORT
                    || skill.attempts() >= MASTERED_SLOWLY && skill.ability() < MASTERED_ON_EASY_ITEMS;
        }
        return skill.knowledge() < LOW_KNOWLEDGE || skill.consecutiveFailures() >= FAILURE_RUN || skill.ability() < LOW_ABILITY
                || skill.recurringMisconception() != null || skill.attempts() >= LONG_EFFORT;
    }

    /** Every group a student of this assignment can be in (a need per topic, then the others), for the teacher to move them to. */
    List<Placement> groups() {
        List<Placement> groups = new java.util.ArrayList<>(outline.reachable().stream().map(outline::topicOf).distinct()
                .map(topic -> new Placement(Placement.Kind.NEED, topic, null, null)).toList());
        groups.add(new Placement(Placement.Kind.ON_TRACK, null, null, null));
        groups.add(new Placement(Placement.Kind.READY, null, null, null));
        groups.add(new Placement(Placement.Kind.NOT_STARTED, null, null, null));
        return groups;
    }

    /** The order of groups on the page: needs, biggest first (then teaching order), then on track, ready, not started. */
    Comparator<Placement> groupOrder(java.util.Map<String, Long> sizes) {
        List<String> topics = outline.reachable().stream().map(outline::topicOf).distinct().toList();
        return Comparator.<Placement>comparingInt(p -> p.kind().ordinal())
                .thenComparing(p -> -sizes.getOrDefault(p.groupKey(), 0L))
                .thenComparingInt(p -> p.topic() == null ? 0 : topics.indexOf(p.topic()));
    }
}
