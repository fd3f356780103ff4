package dev.deliberate.mastery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The goal of an assignment, with one meaning everywhere (the settings forms, the student's page,
 * the practice loop, the class view and the gradebook): the goal is met when <b>every</b> skill of
 * the assignment has reached the target mastery <b>and</b> the learner has done the minimum number
 * of problems. A skill's mastery is the credit of {@link MasteryScore#creditFor} (the percentage on
 * the student's bars and the teacher's heatmap), so one weak skill cannot hide behind strong ones:
 * 45% on one skill against a 60% target is not met, whatever the average. The assignment's score,
 * the grade, stays the average of the credits (the gradebook sends the best it has seen).
 *
 * @param targetScore the mastery each skill must reach, in (0, 1]; 1 means every skill mastered
 * @param minimumItems how many problems the learner must have done, whatever their mastery
 */
public record Completion(double targetScore, int minimumItems) {

    /**
     * The message code that states the goal to people, with the target in percent ({0}) and the
     * minimum number of problems ({1}); every page that describes the goal uses it.
     */
    public static final String RULE = "goal.rule";

    /**
     * Every skill mastered and at least ten items: knowledge tracing can call a skill mastered
     * after three correct answers, and deliberate practice asks for some volume even from a
     * learner who already knew the skills.
     */
    public static final Completion DEFAULTS = new Completion(1.0, 10);

    public Completion {
        if (!(targetScore > 0 && targetScore <= 1) || minimumItems < 0) {
            throw new IllegalArgumentException("need targetScore in (0, 1] and minimumItems >= 0 but got "
                    + targetScore + " and " + minimumItems);
        }
    }

    /** The target as a whole percentage, as people read and type it. */
    public int targetPercent() {
        return (int) Math.round(targetScore * 100);
    }

    /**
     * Where a learner stands against the goal.
     *
     * @param skills  the assignment's skills, in teaching order
     * @param credits each skill's mastery credit in [0, 1]; a skill without one has 0
     */
    public Check check(List<String> skills, Map<String, Double> credits, int itemsDone) {
        List<SkillBelow> below = new ArrayList<>();
        for (String skill : skills) {
            double credit = credits.getOrDefault(skill, 0.0);
            // a target of 100% asks for the skill mastered (credit exactly 1), not for a bar that rounds to 100%
            if (credit < targetScore - 1e-9) {
                below.add(new SkillBelow(skill, credit));
            }
        }
        return new Check(below, Math.max(0, minimumItems - itemsDone));
    }

    /**
     * A learner against the goal.
     *
     * @param skillsBelow  the skills still under the target, in teaching order
     * @param problemsToGo problems still to do before the minimum is reached
     */
    public record Check(List<SkillBelow> skillsBelow, int problemsToGo) {

        public Check {
            skillsBelow = List.copyOf(skillsBelow);
        }

        public boolean met() {
            return skillsBelow.isEmpty() && problemsToGo == 0;
        }
    }

    /** A skill under the target, with its mastery credit in [0, 1]. */
    public record SkillBelow(String skillId, double credit) {

        public int percent() {
            return (int) Math.round(credit * 100);
        }
    }
}
