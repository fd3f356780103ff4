package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.check.TestSolutionCorpus.CorrectSolution;
import dev.deliberate.practice.math.check.TestSolutionCorpus.WrongSolution;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the checker over the hand-written corpus of wrong solutions (each labelled with its first
 * wrong line and misconception) and over correct solutions that must raise no alarm.
 */
class WrongSolutionCorpusTests {

    private final StepChecker checker = new StepChecker();

    @Test
    void locatesTheFirstWrongLineAndNamesTheMisconception() {
        List<WrongSolution> corpus = TestSolutionCorpus.wrongSolutions();
        Tally found = new Tally();
        Tally named = new Tally();
        Map<Misconception, Tally> perMisconception = new EnumMap<>(Misconception.class);
        List<String> misses = new ArrayList<>();
        for (WrongSolution solution : corpus) {
            Feedback feedback = checker.check(solution.problem(), solution.work());
            boolean lineFound = feedback.verdict() == Verdict.MISTAKE && feedback.line() == solution.expectedLine();
            boolean misconceptionNamed = lineFound && feedback.misconception().orElse(null) == solution.expected();
            found.count(lineFound);
            named.count(misconceptionNamed);
            perMisconception.computeIfAbsent(solution.expected(), key -> new Tally()).count(misconceptionNamed);
            if (!misconceptionNamed) {
                misses.add(solution.id() + ": expected " + solution.expected() + " at " + solution.firstWrong()
                        + ", got " + feedback.verdict() + " " + feedback.misconception().orElse(null) + " at " + feedback.line());
            }
        }
        System.out.printf("wrong line found: %s, misconception named: %s%n", found, named);
        perMisconception.forEach((misconception, tally) -> System.out.printf("  %-30s named %s%n", misconception, tally));
        misses.forEach(miss -> System.out.println("  miss " + miss));

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(perMisconception.values()).allSatisfy(tally -> assertThat(tally.total).isGreaterThanOrEqualTo(15));
        assertThat(perMisconception.keySet()).containsAll(List.of(Misconception.values()).subList(0, 8));
        assertThat(found.percent()).isGreaterThanOrEqualTo(95.0);
        assertThat(named.percent()).isGreaterThanOrEqualTo(85.0);
    }

    @Test
    void acceptsEveryCorrectSolution() {
        List<CorrectSolution> corpus = TestSolutionCorpus.correctSolutions();
        Tally accepted = new Tally();
        for (CorrectSolution solution : corpus) {
            Feedback feedback = checker.check(solution.problem(), solution.work());
            accepted.count(feedback.isCorrect());
            if (!feedback.isCorrect()) {
                System.out.println("  false alarm " + solution.id() + ": " + feedback.verdict() + " at " + feedback.line());
            }
        }
        System.out.printf("correct solutions accepted: %s%n", accepted);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accepted.percent()).isEqualTo(100.0);
    }

    private static final class Tally {
        private int hits;
        private int total;

        void count(boolean hit) {
            total++;
            hits += hit ? 1 : 0;
        }

        double percent() {
            return total == 0 ? 0 : 100.0 * hits / total;
        }

        @Override
        public String toString() {
            return String.format("%.1f%% (%d/%d)", percent(), hits, total);
        }
    }
}
