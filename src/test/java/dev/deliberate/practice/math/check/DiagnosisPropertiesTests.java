package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.expression.CanonicalForm;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.LinearForm;
import dev.deliberate.practice.math.expression.NumberStyle;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A misconception is named only when its faulty step reproduces what the learner wrote. */
class DiagnosisPropertiesTests {

    private final ItemGenerator generator = new ItemGenerator();
    private final StepChecker checker = new StepChecker();

    @Property(tries = 400)
    void aLineMadeByAFaultyStepIsNamedByAFaultyStepThatGivesExactlyThatLine(@ForAll MathSkill skill,
            @ForAll @IntRange(min = 1, max = 5) int level, @ForAll long seed) {
        Assume.that(skill != MathSkill.WORD_PROBLEMS);
        MathItem item = generator.generate(ItemRequest.of(skill, level, seed));
        State start = State.of(item.equation());
        List<Candidate> candidates = LineDiagnosis.candidates(start);
        Assume.that(!candidates.isEmpty());
        Candidate faulty = candidates.get(new Random(seed).nextInt(candidates.size()));
        Equation line = line(faulty.left(), faulty.right());
        Assume.that(!line.isEquivalentTo(item.equation()));

        Feedback feedback = checker.check(item, new StudentWork(List.of(ExpressionPrinter.plain().print(line)), ""));

        assertThat(feedback.line()).isEqualTo(1);
        assertThat(feedback.namesMisconception()).isTrue();
        Misconception named = feedback.misconception().orElseThrow();
        assertThat(candidates).as(line.toString()).anySatisfy(candidate -> {
            assertThat(candidate.diagnosis().misconception()).isEqualTo(named);
            assertThat(candidate.sameSidesAs(line.leftForm(), line.rightForm())).isTrue();
        });
    }

    @Property(tries = 600)
    void whateverIsNamedForAnyWrongLineIsReproducedByItsFaultyStepOrIsASlip(@ForAll MathSkill skill,
            @ForAll @IntRange(min = 1, max = 5) int level, @ForAll long seed, @ForAll @IntRange(min = -12, max = 12) int a,
            @ForAll @IntRange(min = -20, max = 20) int b, @ForAll @IntRange(min = -12, max = 12) int c,
            @ForAll @IntRange(min = -20, max = 20) int d) {
        Assume.that(skill != MathSkill.WORD_PROBLEMS);
        MathItem item = generator.generate(ItemRequest.of(skill, level, seed));
        Equation line = line(new LinearForm(Rational.of(a), Rational.of(b)), new LinearForm(Rational.of(c), Rational.of(d)));
        Assume.that(!line.isEquivalentTo(item.equation()));

        Feedback feedback = checker.check(item, new StudentWork(List.of(ExpressionPrinter.plain().print(line)), ""));

        assertThat(feedback.line()).isEqualTo(1);
        if (feedback.namesMisconception()) {
            assertThat(reproduces(item.equation(), line, feedback.misconception().orElseThrow())).as(line.toString()).isTrue();
        } else {
            assertThat(feedback.explanation().code()).startsWith("math.feedback.unknown");
        }
    }

    @Property(tries = 300)
    void aStorysNumbersPutInTheWrongPlacesAreNamedAsASetUpError(@ForAll @IntRange(min = 1, max = 5) int level,
                                                                  @ForAll long seed) {
        MathItem item = generator.generate(ItemRequest.of(MathSkill.WORD_PROBLEMS, level, seed));
        List<StoryEquation.Variant> variants = StoryEquation.of(item.equation()).variants('x');
        Assume.that(!variants.isEmpty());
        StoryEquation.Variant variant = variants.get(new Random(seed).nextInt(variants.size()));

        Feedback feedback = checker.check(item, new StudentWork(List.of(variant.equation().toString()), ""));

        assertThat(feedback.line()).isEqualTo(1);
        assertThat(feedback.misconception()).as(variant.equation().toString()).contains(Misconception.STORY_SET_UP);
    }

    private static Equation line(LinearForm left, LinearForm right) {
        Equation canonical = CanonicalForm.of(left, right, 'x', NumberStyle.FRACTION);
        return EquationParser.parse(canonical.toString()).value();
    }

    /** An independent reading of the documented rule: which faulty step, on which line, gives the learner's line. */
    private static boolean reproduces(Equation problem, Equation line, Misconception named) {
        List<State> states = LineDiagnosis.states(problem);
        LinearForm left = line.leftForm();
        LinearForm right = line.rightForm();
        if (named == Misconception.ARITHMETIC_SLIP) {
            return states.subList(0, Math.min(2, states.size())).stream().flatMap(state -> CorrectMoves.from(state).stream())
                    .anyMatch(move -> CorrectMoves.slipOnLeft(move, left, right).isPresent());
        }
        for (int i = 0; i < states.size(); i++) {
            if (i > 0 && states.get(i).isSolved()) {
                continue;
            }
            for (Candidate candidate : LineDiagnosis.candidates(states.get(i))) {
                if (candidate.diagnosis().misconception() != named) {
                    continue;
                }
                boolean exact = candidate.sameSidesAs(left, right);
                boolean followedUp = i == 0 && FollowUps.of(candidate).stream()
                        .anyMatch(sides -> new Candidate(null, sides[0], sides[1], true).sameSidesAs(left, right));
                if (exact || followedUp) {
                    return true;
                }
            }
        }
        return false;
    }
}
