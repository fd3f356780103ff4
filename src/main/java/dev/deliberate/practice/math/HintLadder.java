package dev.deliberate.practice.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.ParseResult;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.solve.Solver;
import dev.deliberate.practice.math.solve.WorkedExample;
import dev.deliberate.practice.math.solve.WorkedStep;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Text;

/**
 * Three hints that grow, each from where the learner stands: the last line of their work that is
 * still right (or the item itself). A nudge that names the kind of step, then the operation, then
 * the next line worked out; the final answer only once the learner has tried.
 */
final class HintLadder {

    private HintLadder() {
    }

    static List<Text> of(MathItem item, Response soFar, boolean tried) {
        Optional<Equation> reached = lastRightLine(item, soFar.workLines());
        String unknown = String.valueOf(item.equation().unknown());
        if (reached.isEmpty() && item.isWordProblem()) {
            return List.of(Text.of("math.hint.ladder.story.nudge", unknown), Text.of("math.hint.ladder.story.sides", unknown),
                    Text.of("math.hint.ladder.story.line", item.workedExample().steps().get(0).text()));
        }
        WorkedExample path = Solver.solve(reached.orElse(item.equation()));
        if (path.stepCount() == 0) {
            Text done = Text.of("math.hint.ladder.solved", path.steps().get(0).text());
            return List.of(done, done, done);
        }
        WorkedStep next = path.steps().get(1);
        List<Text> ladder = new ArrayList<>();
        ladder.add(Text.of(nudge(next), unknown));
        ladder.add(Text.of("math.hint.ladder.operation", MathSubject.text(next.reason())));
        boolean revealsAnswer = path.stepCount() == 1;
        ladder.add(revealsAnswer && !tried ? Text.of("math.hint.ladder.almost", unknown)
                : Text.of("math.hint.ladder.line", next.text()));
        return List.copyOf(ladder);
    }

    /** The last line of a run of right lines from the top of the work: equivalent to the item's equation. */
    private static Optional<Equation> lastRightLine(MathItem item, List<String> lines) {
        Equation last = null;
        for (String line : lines) {
            ParseResult<Equation> parsed = EquationParser.parse(line);
            if (!parsed.isParsed() || parsed.value().unknown() != item.equation().unknown()
                    || !parsed.value().isEquivalentTo(item.equation())) {
                break;
            }
            last = parsed.value();
        }
        return Optional.ofNullable(last);
    }

    /** The nudge for the kind of step that comes next, by the reason the solver gives for it. */
    private static String nudge(WorkedStep next) {
        return switch (next.reason().code()) {
            case "math.solve.distribute" -> "math.hint.ladder.nudge.brackets";
            case "math.solve.combine" -> "math.hint.ladder.nudge.combine";
            case "math.solve.clear-fractions" -> "math.hint.ladder.nudge.fractions";
            case "math.solve.divide" -> "math.hint.ladder.nudge.divide";
            case "math.solve.swap" -> "math.hint.ladder.nudge.swap";
            default -> "math.hint.ladder.nudge.collect";
        };
    }
}
