package dev.deliberate.mastery.simulation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one arm for one profile over many runs. Runs that never reached mastery count
 * with the cap, so the median and mean are, if anything, flattering to an arm that often fails.
 *
 * @param median the median items to mastery
 * @param mean the mean items to mastery
 * @param masteredShare the share of runs that reached mastery within the cap
 * @param trueMiddleSuccess the mean true chance on a level-3 item at the end of a run
 * @param labelShares the share of all items each label accounted for
 * @param largestShownDrop the largest fall of a skill's shown credit on one answer, over all runs
 * @param largestEstimateDrop the same, read from P(L) itself
 */
record ArmFigures(double median, double mean, double masteredShare, double trueMiddleSuccess,
        Map<String, Double> labelShares, double largestShownDrop, double largestEstimateDrop) {

    static ArmFigures of(List<RunOutcome> outcomes) {
        double[] items = outcomes.stream().mapToDouble(RunOutcome::items).sorted().toArray();
        int n = items.length;
        double median = n % 2 == 1 ? items[n / 2] : (items[n / 2 - 1] + items[n / 2]) / 2;
        double mean = outcomes.stream().mapToInt(RunOutcome::items).average().orElseThrow();
        double mastered = outcomes.stream().filter(RunOutcome::reachedMastery).count() / (double) n;
        double trueSuccess = outcomes.stream().mapToDouble(RunOutcome::trueMiddleSuccess).average().orElseThrow();
        return new ArmFigures(median, mean, mastered, trueSuccess, labelShares(outcomes),
                outcomes.stream().mapToDouble(RunOutcome::largestShownDrop).max().orElseThrow(),
                outcomes.stream().mapToDouble(RunOutcome::largestEstimateDrop).max().orElseThrow());
    }

    private static Map<String, Double> labelShares(List<RunOutcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RunOutcome outcome : outcomes) {
            outcome.labels().forEach((label, count) -> counts.merge(label, count, Integer::sum));
        }
        double total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> shares = new TreeMap<>();
        counts.forEach((label, count) -> shares.put(label, count / total));
        return shares;
    }
}
