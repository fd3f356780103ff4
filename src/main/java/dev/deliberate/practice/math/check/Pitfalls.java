package dev.deliberate.practice.math.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.item.MathItem;

/**
 * A misconception made on purpose on a worked solution, for a teacher's mini-lesson: the first
 * line of the solution where the misconception's faulty step can be taken, the line it writes (the
 * one most like the right line, when the step can go wrong in several ways), and the checker's own
 * feedback on it. The wrong line is kept only when the checker, reading the
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
            Equation right = lines.get(step);
            List<Candidate> candidates = LineDiagnosis.candidates(State.of(previous)).stream()
                    .filter(c -> c.diagnosis().misconception() == misconception)
                    .sorted(Comparator.comparingInt((Candidate c) -> -likeness(c, right))).toList();
            for (Candidate candidate : candidates) {
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
            before.add(ExpressionPrinter.display().print(right));
        }
        return Optional.empty();
    }

    /**
     * How much a wrong line looks like the right one (sides in common, the unknown kept): the
     * mistake a class makes is a near miss of the right step ({@code x + 3 = 8 → x = 8}), not a
     * line that drops the unknown ({@code → 3 = 8}).
     */
    private static int likeness(Candidate candidate, Equation right) {
        int same = (candidate.left().equals(right.leftForm()) ? 2 : 0) + (candidate.right().equals(right.rightForm()) ? 2 : 0);
        boolean keepsUnknown = !candidate.left().isConstant() || !candidate.right().isConstant();
        return same + (keepsUnknown ? 1 : 0);
    }

    /** The line {@code step} of the solution written wrongly as {@code wrong}, and the checker's feedback on it. */
    public record Pitfall(int step, Equation wrong, Feedback feedback) {
    }
}
