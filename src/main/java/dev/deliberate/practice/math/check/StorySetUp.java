package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.Rational;
import java.util.Optional;

/**
 * Diagnoses a word problem's first line, the learner's own equation for the story, against the
 * story's equation. The learner never saw that equation, so faults of moving terms do not apply;
 * what can go wrong is which quantity went where. Each hypothesis rebuilds the story's equation
 * with one thing changed ({@link StoryEquation}): two numbers in each other's places, a number
 * added instead of taken away (or the other way round), a number left out, or brackets put in or
 * left out. It is named ({@link Misconception#STORY_SET_UP}) only when the learner's equation is
 * that equation, up to the order of its sides and terms moved across the equals sign. Otherwise
 * nothing is named: a number that is not in the story is pointed out, or the value the learner's
 * equation gives is offered to test against the story.
 */
final class StorySetUp {

    private StorySetUp() {
    }

    static Diagnosis diagnose(Equation story, Equation line) {
        StoryEquation equation = StoryEquation.of(story);
        LinearForm written = line.difference();
        char x = line.unknown();
        for (StoryEquation.Variant variant : equation.variants(x)) {
            LinearForm difference = variant.equation().difference();
            if (written.equals(difference) || written.equals(difference.negate())) {
                return new Diagnosis(Misconception.STORY_SET_UP, variant.code(), variant.details());
            }
        }
        Optional<Rational> foreign = StoryEquation.numbersIn(line).stream()
                .filter(number -> !equation.numbers().contains(number)).findFirst();
        if (foreign.isPresent()) {
            return Diagnosis.of(Misconception.UNKNOWN, "unknown.story-number", Shown.number(foreign.get()));
        }
        if (line.solutions() instanceof SolutionSet.One one) {
            return Diagnosis.of(Misconception.UNKNOWN, "unknown.story", Shown.number(one.value()));
        }
        return Diagnosis.of(Misconception.UNKNOWN, "unknown.story.no-value");
    }

    /** A reference to a number's role in the story, for messages. */
    static MessageRef role(StoryEquation.Role role, char x) {
        return MessageRef.of("math.role." + role.id(), String.valueOf(x));
    }
}
