package dev.deliberate.practice.math.solve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.expression.EquationParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolverTests {

    @Test
    void solvesAsTaughtWithAReasonForEachLine() {
        WorkedExample example = Solver.solve(EquationParser.parse("3(x - 2) + 4 = x + 8").value());
        assertThat(lines(example)).containsExactly(
                "3(x − 2) + 4 = x + 8  | Start from the equation.",
                "3x − 2 = x + 8  | Multiply out the brackets and combine like terms.",
                "2x − 2 = 8  | Subtract x from both sides.",
                "2x = 10  | Add 2 to both sides.",
                "x = 5  | Divide both sides by 2.");
    }

    @Test
    void clearsFractionsBeforeSolving() {
        WorkedExample example = Solver.solve(EquationParser.parse("x/3 + 1/2 = 5/6").value());
        assertThat(lines(example)).containsExactly(
                "x/3 + 1/2 = 5/6  | Start from the equation.",
                "2x + 3 = 5  | Multiply both sides by 6 to clear the fractions.",
                "2x = 2  | Subtract 3 from both sides.",
                "x = 1  | Divide both sides by 2.");
    }

    @Test
    void subtractsAFractionWithoutClearingWhenXHasAWholeCoefficient() {
        WorkedExample example = Solver.solve(EquationParser.parse("x + 1/2 = 3/4").value());
        assertThat(lines(example)).containsExactly(
                "x + 1/2 = 3/4  | Start from the equation.",
                "x = 1/4  | Subtract 1/2 from both sides.");
    }

    @Test
    void tidiesLikeTermsBeforeSolving() {
        WorkedExample example = Solver.solve(EquationParser.parse("2x + 3 + x = 9 - 3").value());
        assertThat(lines(example)).containsExactly(
                "2x + 3 + x = 9 − 3  | Start from the equation.",
                "3x + 3 = 6  | Combine like terms on each side.",
                "3x = 3  | Subtract 3 from both sides.",
                "x = 1  | Divide both sides by 3.");
    }

    @Test
    void keepsDecimalsAsDecimals() {
        WorkedExample example = Solver.solve(EquationParser.parse("0.5x - 1.25 = 2").value());
        assertThat(lines(example)).containsExactly(
                "0.5x − 1.25 = 2  | Start from the equation.",
                "0.5x = 3.25  | Add 1.25 to both sides.",
                "x = 6.5  | Divide both sides by 0.5.");
    }

    @Test
    void movesTheUnknownToTheLeftWhenItIsOnlyOnTheRight() {
        WorkedExample example = Solver.solve(EquationParser.parse("12 = -3x + 3").value());
        assertThat(lines(example)).containsExactly(
                "12 = −3x + 3  | Start from the equation.",
                "−3x + 3 = 12  | Swap the sides so that x is on the left.",
                "−3x = 9  | Subtract 3 from both sides.",
                "x = −3  | Divide both sides by −3.");
    }

    @Test
    void worksOutArithmeticOneOperationAtATime() {
        WorkedExample example = Solver.solve(EquationParser.parse("x = 7 - 3 * 4 + 1/2").value());
        assertThat(lines(example)).containsExactly(
                "x = 7 − 3 · 4 + 1/2  | Start from the equation.",
                "x = 7 − 12 + 1/2  | Work out 3 · 4.",
                "x = −5 + 1/2  | Work out 7 − 12.",
                "x = −9/2  | Work out −5 + 1/2.");
    }

    private static List<String> lines(WorkedExample example) {
        MathMessages english = MathMessages.english();
        return example.steps().stream().map(step -> step.text() + "  | " + english.render(step.reason())).toList();
    }
}
