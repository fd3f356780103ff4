package dev.deliberate.mastery.simulation;

import java.util.Map;

/**
 * How one simulated learner fared under one arm.
 *
 * @param items items done when every skill was mastered, or the cap if that never happened
 * @param reachedMastery whether the learner model counted every assignment skill mastered within the cap
 * @param trueMiddleSuccess at the end, the learner's true chance on a level-3 item, averaged over the
 *                          assignment's skills
 * @param labels how many items each label (policy reason or textbook) accounted for
 * @param largestShownDrop the largest fall of one skill's shown credit on one answer, in [0, 1]
 * @param largestEstimateDrop the same fall measured on P(L) itself, as the credit would read it
 */
record RunOutcome(int items, boolean reachedMastery, double trueMiddleSuccess, Map<String, Integer> labels,
        double largestShownDrop, double largestEstimateDrop) {
}
