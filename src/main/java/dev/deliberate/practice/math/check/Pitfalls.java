package dev.deliberate.practice.math.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.item.MathItem;

/**
 * A misconception made on purpose on a worked solution, for a teacher's mini-lesson: the first
 * line of the solution where the misconception's faulty step can be taken, the line it writes, and
 * the checker's own feedback on it. The wrong line is kept only when the checker, reading the
 * solution up to it, names that very misconception.
 */
public final class Pitfalls {

    private final StepChecker checker = new StepChecker();

    /** The first place on the item's solution where {@code misconception} shows; empty when it cannot. */
    public Optional<Pitfall> find(MathItem item, Misconception misconception) {
        if (item.isWordProblem()) {
            return Optional.empty();
        }
        List<Equation> lines = item.workedExample().equations();
        List<String> before = new ArrayList<>();
        for (int step = 1; step < lines.size(); step++) {
            Equation previous = lines.get(step - 1);
            for (Candidate candidate : LineDiagnosis.candidates(State.of(previous))) {
                if (candidate.diagnosis().misconception() != misconception) {
                    continue;
                }
                Equation wrong = CanonicalForm.of(candidate.left(), candidate.right(), previous.unknown(), NumberStyle.of(previous));
                if (wrong.isEquivalentTo(previous)) {
                    continue;
                }
                List<String> work = new ArrayList<>(before);
                work.add(ExpressionPrinter.display().print(wrong));
                Feedback feedback = checker.check(item, new StudentWork(work, ""));
                if (feedback.line() == step && feedback.misconception().filter(misconception::equals).isPresent()) {
                    return Optional.of(new Pitfall(step, wrong, feedback));
                }
            }
            before.add(ExpressionPrinter.display().print(lines.get(step)));
        }
        return Optional.empty();
    }

    /** The line {@code step} of the solution written wrongly as {@code wrong}, and the checker's feedback on it. */
    public record Pitfall(int step, Equation wrong, Feedback feedback) {
    }
}
