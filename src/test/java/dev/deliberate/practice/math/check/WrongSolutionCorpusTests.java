package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.check.TestSolutionCorpus.CorrectSolution;
import dev.deliberate.practice.math.check.TestSolutionCorpus.UnexplainedSolution;
import dev.deliberate.practice.math.check.TestSolutionCorpus.WrongSolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the checker over the hand-written corpus of wrong solutions (each labelled with its first
 * wrong line and error type), over wrong lines that no faulty step explains (which must be located
 * and named as nothing), and over correct solutions that must raise no alarm. Prints every figure.
 */
class WrongSolutionCorpusTests {

    /** The error types added for issue 9: each must have at least ten rows. */
    private static final List<String> NEW_TYPES = List.of("SUBTRACTED_COEFFICIENT", "DIVIDED_WITHOUT_SIGN",
            "NEGATED_ONE_SIDE", "WRONG_CLEARING_FACTOR", "ORDER_OF_OPERATIONS", "WRONG_CROSS_MULTIPLICATION",
            "STORY_SET_UP", "both-sides", "ARITHMETIC_SLIP/arithmetic-slip");

    private final StepChecker checker = new StepChecker();

    @Test
    void locatesTheFirstWrongLineAndNamesTheMisconception() {
        List<WrongSolution> corpus = TestSolutionCorpus.wrongSolutions();
        Tally found = new Tally();
        Tally named = new Tally();
        Map<String, Tally> perLabel = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (WrongSolution solution : corpus) {
            Feedback feedback = solution.problem().check(checker, solution.work());
            boolean lineFound = feedback.verdict() == Verdict.MISTAKE && feedback.line() == solution.expectedLine();
            boolean misconceptionNamed = lineFound && solution.namedBy(feedback);
            found.count(lineFound);
            named.count(misconceptionNamed);
            perLabel.computeIfAbsent(solution.label(), key -> new Tally()).count(misconceptionNamed);
            if (!misconceptionNamed) {
                misses.add(solution.id() + ": expected " + solution.label() + " at " + solution.firstWrong() + ", got "
                        + feedback.verdict() + " " + feedback.misconception().orElse(null) + " at " + feedback.line()
                        + " (" + feedback.explanation().code() + ")");
            }
        }
        System.out.printf("wrong solutions: %d; wrong line found: %s, misconception named: %s%n", corpus.size(), found, named);
        perLabel.forEach((label, tally) -> System.out.printf("  %-40s named %s%n", label, tally));
        misses.forEach(miss -> System.out.println("  miss " + miss));

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        for (String type : NEW_TYPES) {
            int rows = perLabel.entrySet().stream().filter(entry -> entry.getKey().contains(type))
                    .mapToInt(entry -> entry.getValue().total).sum();
            assertThat(rows).as(type).isGreaterThanOrEqualTo(10);
        }
        assertThat(found.percent()).isGreaterThanOrEqualTo(99.0);
        assertThat(named.percent()).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void aWrongLineThatNoFaultyStepExplainsIsLocatedAndNamesNothing() {
        List<UnexplainedSolution> set = TestSolutionCorpus.unexplainedSolutions();
        Tally located = new Tally();
        Tally namedNothing = new Tally();
        for (UnexplainedSolution solution : set) {
            Feedback feedback = solution.problem().check(checker, solution.work());
            located.count(feedback.verdict() == Verdict.MISTAKE && feedback.line() == solution.expectedLine());
            String explanation = MathMessages.english().render(feedback.explanation());
            boolean nothing = !feedback.namesMisconception() && feedback.explanation().code().startsWith("math.feedback.unknown");
            namedNothing.count(nothing);
            if (!nothing) {
                System.out.println("  named " + solution.id() + ": " + feedback.misconception().orElse(null) + " — " + explanation);
            }
        }
        System.out.printf("unexplained wrong lines: %d; located: %s, no misconception named: %s%n", set.size(), located,
                namedNothing);

        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        assertThat(located.percent()).isEqualTo(100.0);
        assertThat(namedNothing.percent()).isEqualTo(100.0);
    }

    @Test
    void anUnexplainedLineGivesAValueOfTheUnknownThatShowsIt() {
        for (UnexplainedSolution solution : TestSolutionCorpus.unexplainedSolutions()) {
            Feedback feedback = solution.problem().check(checker, solution.work());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                String text = MathMessages.in(locale).render(feedback.explanation());
                assertThat(text).as(solution.id()).doesNotContain("{");
                if (feedback.explanation().code().equals("math.feedback.unknown")) {
                    assertThat(text).as(solution.id()).containsPattern("[a-z] = −?\\d");
                }
            }
        }
    }

    @Test
    void acceptsEveryCorrectSolution() {
        List<CorrectSolution> corpus = TestSolutionCorpus.correctSolutions();
        Tally accepted = new Tally();
        for (CorrectSolution solution : corpus) {
            Feedback feedback = solution.problem().check(checker, solution.work());
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
            return String.format(Locale.ROOT, "%.1f%% (%d/%d)", percent(), hits, total);
        }
    }
}
