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

/** Reads the hand-written solution corpora under {@code src/test/resources/math}. */
final class TestSolutionCorpus {

    private TestSolutionCorpus() {
    }

    /** A wrong solution with the line (or the answer) where it first goes wrong and why. */
    record WrongSolution(String id, Equation problem, StudentWork work, String firstWrong, Misconception expected) {

        /** The line number the checker should report; the answer is the line after the work. */
        int expectedLine() {
            return firstWrong.equals("answer") ? work.lines().size() + 1 : Integer.parseInt(firstWrong);
        }
    }

    /** A correct solution the checker must accept. */
    record CorrectSolution(String id, Equation problem, StudentWork work) {
    }

    static List<WrongSolution> wrongSolutions() {
        return rows("/math/wrong-solutions.tsv").stream()
                .map(cells -> new WrongSolution(cells[0], problem(cells[1]), work(cells[2], cells[3]), cells[4],
                        Misconception.valueOf(cells[5])))
                .toList();
    }

    static List<CorrectSolution> correctSolutions() {
        return rows("/math/correct-solutions.tsv").stream()
                .map(cells -> new CorrectSolution(cells[0], problem(cells[1]), work(cells[2], cells[3])))
                .toList();
    }

    private static Equation problem(String text) {
        return EquationParser.parse(text).value();
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
