package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Answer;
import dev.deliberate.practice.math.expression.AnswerReader;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.expression.ParseResult;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.solve.Solver;
import dev.deliberate.practice.math.solve.WorkedExample;
import java.util.List;

/**
 * Checks a learner's work on an equation. Each line must have the same solution set as the line
 * before (the first line is compared with the problem); the first line that does not is diagnosed
 * against the misconception library. Then the final answer is read and compared with the exact
 * solution. Unreadable input gives parse-error feedback, never an exception. For a word problem
 * whose first line is not explained by a faulty step (unknown, or one number off), the feedback is
 * about setting up the equation from the story.
 */
public final class StepChecker {

    /** Checks work on a generated item (for a word problem, line 1 is the learner's own equation). */
    public Feedback check(MathItem item, StudentWork work) {
        return check(item.equation(), work, item.workedExample(), item.isWordProblem());
    }

    /** Checks work on an equation with exactly one solution. */
    public Feedback check(Equation problem, StudentWork work) {
        return check(problem, work, Solver.solve(problem), false);
    }

    private Feedback check(Equation problem, StudentWork work, WorkedExample example, boolean story) {
        if (!(problem.solutions() instanceof SolutionSet.One one)) {
            throw new IllegalArgumentException("the problem must have exactly one solution: " + problem);
        }
        Equation previous = problem;
        List<String> lines = work.lines();
        for (int i = 0; i < lines.size(); i++) {
            ParseResult<Equation> parsed = EquationParser.parse(lines.get(i), i + 1);
            if (!parsed.isParsed()) {
                return Feedback.unreadable(parsed.error(), example);
            }
            if (!parsed.value().isEquivalentTo(previous)) {
                Diagnosis diagnosis = LineDiagnosis.diagnose(previous, parsed.value());
                boolean setUp = story && i == 0 && (diagnosis.misconception() == Misconception.UNKNOWN
                        || diagnosis.misconception() == Misconception.ARITHMETIC_SLIP);
                return Feedback.mistake(i + 1, false, setUp ? Diagnosis.of(Misconception.UNKNOWN, "unknown.story") : diagnosis, example);
            }
            previous = parsed.value();
        }
        return checkAnswer(previous, work, one.value(), example);
    }

    private Feedback checkAnswer(Equation lastLine, StudentWork work, Rational solution, WorkedExample example) {
        int line = work.lines().size() + 1;
        Answer answer = work.finalAnswer().isBlank() && lastLine.isSolved() && !work.lines().isEmpty()
                ? new Answer.Value(solution)
                : AnswerReader.read(work.finalAnswer(), work.lines().size());
        if (answer instanceof Answer.Unreadable unreadable) {
            return Feedback.unreadable(unreadable.error(), example);
        }
        if (answer instanceof Answer.Unsolved unsolved) {
            Diagnosis diagnosis = unsolved.equation().isEquivalentTo(lastLine)
                    ? Diagnosis.of(Misconception.STOPPED_EARLY, "stopped-early.equation", Shown.equation(unsolved.equation()))
                    : LineDiagnosis.diagnose(lastLine, unsolved.equation());
            return Feedback.mistake(line, true, diagnosis, example);
        }
        Rational value = ((Answer.Value) answer).value();
        if (value.equals(solution)) {
            return Feedback.correct(line, ExpressionPrinter.display().print(NumberStyle.of(lastLine).write(value)), example);
        }
        return Feedback.mistake(line, true, AnswerDiagnosis.diagnose(lastLine, value, !work.lines().isEmpty()), example);
    }
}
