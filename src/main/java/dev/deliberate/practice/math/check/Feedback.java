package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.ParseError;
import dev.deliberate.practice.math.solve.WorkedExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checker found. {@code line} is the first line that is wrong or unreadable (1-based);
 * the final answer counts as the line after the last line of work ({@code atFinalAnswer}). The
 * explanation names the line, the error and the reason; the hint points at the fix without giving
 * the answer away; the worked example is there for the caller to show after repeated failure.
 * {@code misconception} is {@link Misconception#UNKNOWN} when the work is wrong and no faulty step
 * reproduces it: then the explanation says what is known and names nothing.
 */
public record Feedback(Verdict verdict, int line, boolean atFinalAnswer, Optional<Misconception> misconception,
                       Optional<ParseError> parseError, MessageRef explanation, Optional<MessageRef> hint,
                       WorkedExample workedExample) {

    static Feedback correct(int answerLine, String answer, char unknown, WorkedExample example) {
        return new Feedback(Verdict.CORRECT, answerLine, true, Optional.empty(), Optional.empty(),
                MessageRef.of("math.feedback.correct", answer, String.valueOf(unknown)), Optional.empty(), example);
    }

    /**
     * A mistake: the messages get {@code {0}} where ("In line 2"), {@code {1}} the problem's letter,
     * then the diagnosis's details.
     */
    static Feedback mistake(int line, boolean atFinalAnswer, Diagnosis diagnosis, char unknown, WorkedExample example) {
        List<Object> args = new ArrayList<>();
        args.add(atFinalAnswer ? MessageRef.of("math.feedback.where.answer") : MessageRef.of("math.feedback.where.line", line));
        args.add(String.valueOf(unknown));
        args.addAll(diagnosis.details());
        return new Feedback(Verdict.MISTAKE, line, atFinalAnswer, Optional.of(diagnosis.misconception()), Optional.empty(),
                new MessageRef("math.feedback." + diagnosis.variant(), args),
                Optional.of(new MessageRef("math.hint." + diagnosis.variant(), args)), example);
    }

    static Feedback unreadable(ParseError error, WorkedExample example) {
        return new Feedback(Verdict.UNREADABLE, error.line(), error.inAnswer(), Optional.empty(), Optional.of(error),
                error.message(), Optional.of(MessageRef.of("math.hint.unreadable")), example);
    }

    /** Whether the work and the answer are right. */
    public boolean isCorrect() {
        return verdict == Verdict.CORRECT;
    }

    /** Whether the feedback names a misconception (a diagnosed fault, not merely a wrong line). */
    public boolean namesMisconception() {
        return misconception.filter(found -> found != Misconception.UNKNOWN).isPresent();
    }
}
