package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the hand-written solution corpora under {@code src/test/resources/math}. A problem written
 * {@code story:3x + 5 = 20} is a word problem whose story has that equation: the learner never saw
 * it, and line 1 is their own equation for the story.
 */
final class TestSolutionCorpus {

    private static final String STORY = "story:";

    private TestSolutionCorpus() {
    }

    /** A problem as the checker receives it. */
    record Problem(Equation equation, boolean story) {

        Feedback check(StepChecker checker, StudentWork work) {
            return story ? checker.checkStory(equation, work) : checker.check(equation, work);
        }
    }

    /**
     * A wrong solution with the line (or the answer) where it first goes wrong and why. The label is
     * a misconception, optionally with the message variant's ending after a slash
     * ({@code DISTRIBUTE_FIRST_TERM_ONLY/both-sides}): the error type the row shows.
     */
    record WrongSolution(String id, Problem problem, StudentWork work, String firstWrong, String label) {

        /** The line number the checker should report; the answer is the line after the work. */
        int expectedLine() {
            return firstWrong.equals("answer") ? work.lines().size() + 1 : Integer.parseInt(firstWrong);
        }

        Misconception expected() {
            return Misconception.valueOf(label.split("/")[0]);
        }

        /** Whether the feedback names the labelled misconception, in the labelled variant if any. */
        boolean namedBy(Feedback feedback) {
            boolean variant = !label.contains("/") || feedback.explanation().code().endsWith(label.split("/")[1]);
            return feedback.misconception().orElse(null) == expected() && variant;
        }
    }

    /** A wrong line or answer that no faulty step explains: the feedback must locate it and name nothing. */
    record UnexplainedSolution(String id, Problem problem, StudentWork work, String firstWrong) {

        int expectedLine() {
            return firstWrong.equals("answer") ? work.lines().size() + 1 : Integer.parseInt(firstWrong);
        }
    }

    /** A correct solution the checker must accept. */
    record CorrectSolution(String id, Problem problem, StudentWork work) {
    }

    static List<WrongSolution> wrongSolutions() {
        return rows("/math/wrong-solutions.tsv").stream()
                .map(cells -> new WrongSolution(cells[0], problem(cells[1]), work(cells[2], cells[3]), cells[4], cells[5]))
                .toList();
    }

    static List<UnexplainedSolution> unexplainedSolutions() {
        return rows("/math/unexplained-lines.tsv").stream()
                .map(cells -> new UnexplainedSolution(cells[0], problem(cells[1]), work(cells[2], cells[3]), cells[4]))
                .toList();
    }

    static List<CorrectSolution> correctSolutions() {
        return rows("/math/correct-solutions.tsv").stream()
                .map(cells -> new CorrectSolution(cells[0], problem(cells[1]), work(cells[2], cells[3])))
                .toList();
    }

    private static Problem problem(String text) {
        boolean story = text.startsWith(STORY);
        return new Problem(EquationParser.parse(story ? text.substring(STORY.length()) : text).value(), story);
    }

    private static StudentWork work(String lines, String answer) {
        return new StudentWork(Arrays.asList(lines.split("\\|")), answer);
    }

    private static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TestSolutionCorpus.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("id\t") && !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
