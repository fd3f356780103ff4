package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.expression.Answer;
import dev.deliberate.practice.math.expression.AnswerReader;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.expression.ParseError;
import dev.deliberate.practice.math.expression.ParseResult;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.solve.Solver;
import dev.deliberate.practice.math.solve.WorkedExample;
import java.util.List;
import java.util.Optional;

/**
 * Checks a learner's work on an equation. Each line must have the same solution set as the line
 * before (the first line is compared with the problem); the first line that does not is diagnosed
 * ({@link LineDiagnosis}), and a misconception is named only when its faulty step reproduces the
 * line. Then the final answer is read and compared with the exact solution ({@link AnswerDiagnosis}).
 * Lines and answers must use the problem's letter; for a word problem, whose equation the learner
 * writes, the letter of their first line. Unreadable input gives parse-error feedback, never an
 * exception. A word problem's first line is diagnosed against the story ({@link StorySetUp}).
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

    /** Checks work on a word problem given by its story's equation (line 1 is the learner's own equation). */
    Feedback checkStory(Equation story, StudentWork work) {
        return check(story, work, Solver.solve(story), true);
    }

    private Feedback check(Equation problem, StudentWork work, WorkedExample example, boolean story) {
        if (!(problem.solutions() instanceof SolutionSet.One one)) {
            throw new IllegalArgumentException("the problem must have exactly one solution: " + problem);
        }
        Equation previous = problem;
        Optional<Character> letter = story ? Optional.empty() : Optional.of(problem.unknown());
        List<String> lines = work.lines();
        for (int i = 0; i < lines.size(); i++) {
            ParseResult<Equation> parsed = EquationParser.parse(lines.get(i), i + 1);
            if (!parsed.isParsed()) {
                return Feedback.unreadable(parsed.error(), example);
            }
            Equation line = parsed.value();
            Optional<Character> used = letterOf(line);
            if (letter.isPresent() && used.isPresent() && !used.equals(letter)) {
                return Feedback.unreadable(otherLetter(i + 1, false, used.get(), letter.get()), example);
            }
            letter = letter.or(() -> used);
            char unknown = letter.orElse(problem.unknown());
            if (!line.isEquivalentTo(previous)) {
                Diagnosis diagnosis = story && i == 0 ? StorySetUp.diagnose(problem, line) : LineDiagnosis.diagnose(previous, line);
                return Feedback.mistake(i + 1, false, diagnosis, unknown, example);
            }
            previous = line;
        }
        return checkAnswer(previous, work, one.value(), letter, example);
    }

    private Feedback checkAnswer(Equation lastLine, StudentWork work, Rational solution, Optional<Character> letter,
                                 WorkedExample example) {
        int line = work.lines().size() + 1;
        char unknown = letter.orElse(lastLine.unknown());
        Optional<Character> used = AnswerReader.letterIn(work.finalAnswer());
        if (letter.isPresent() && used.isPresent() && !used.equals(letter)) {
            return Feedback.unreadable(otherLetter(line, true, used.get(), unknown), example);
        }
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
            return Feedback.mistake(line, true, diagnosis, unknown, example);
        }
        Rational value = ((Answer.Value) answer).value();
        if (value.equals(solution)) {
            return Feedback.correct(line, ExpressionPrinter.display().print(NumberStyle.of(lastLine).write(value)), unknown, example);
        }
        return Feedback.mistake(line, true, AnswerDiagnosis.diagnose(lastLine, value), unknown, example);
    }

    /** The letter a line uses, if it has the unknown in it at all. */
    private static Optional<Character> letterOf(Equation line) {
        return line.leftForm().isConstant() && line.rightForm().isConstant() ? Optional.empty() : Optional.of(line.unknown());
    }

    private static ParseError otherLetter(int line, boolean inAnswer, char used, char expected) {
        return new ParseError("math.parse.other-letter", line, inAnswer, 0, List.of(String.valueOf(used), String.valueOf(expected)));
    }
}
