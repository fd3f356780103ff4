package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.SolutionSet;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.skill.MathSkill;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generates items: {@code (skill, difficulty, context, interests, seed) → MathItem}, the same item
 * for the same request. Symbolic skills get a plain equation, framed by a context sentence when
 * there is a context; word problems get a story whose numbers build the equation. The answer is
 * always solved exactly from the equation, which must have exactly one solution.
 */
public final class ItemGenerator {

    private static final Map<MathSkill, SkillEquations> EQUATIONS = Map.ofEntries(
            Map.entry(MathSkill.INTEGER_ARITHMETIC, new IntegerArithmeticEquations()),
            Map.entry(MathSkill.FRACTION_ARITHMETIC, new FractionArithmeticEquations()),
            Map.entry(MathSkill.ONE_STEP_ADD_SUBTRACT, new OneStepAddSubtractEquations()),
            Map.entry(MathSkill.ONE_STEP_MULTIPLY_DIVIDE, new OneStepMultiplyDivideEquations()),
            Map.entry(MathSkill.TWO_STEP, new TwoStepEquations()),
            Map.entry(MathSkill.NEGATIVE_NUMBERS, new NegativeNumberEquations()),
            Map.entry(MathSkill.DECIMALS, new DecimalEquations()),
            Map.entry(MathSkill.DISTRIBUTIVE_PROPERTY, new DistributiveEquations()),
            Map.entry(MathSkill.VARIABLES_BOTH_SIDES, new BothSidesEquations()),
            Map.entry(MathSkill.FRACTIONS, new FractionEquations()));

    /** The item for this request. */
    public MathItem generate(ItemRequest request) {
        Dice dice = new Dice(request.seed());
        return request.skill() == MathSkill.WORD_PROBLEMS ? story(request, dice) : plain(request, dice);
    }

    /** The wording keys (story templates or context sentences) a request for this skill may use. */
    public List<String> wordingKeys(MathSkill skill, Difficulty difficulty, ProblemContext context) {
        if (skill == MathSkill.WORD_PROBLEMS) {
            return StoryCatalog.fitting(context, difficulty).stream().map(StoryTemplate::key).toList();
        }
        return Frames.of(context);
    }

    private MathItem story(ItemRequest request, Dice dice) {
        ProblemContext context = request.context()
                .orElseGet(() -> dice.pick(request.interests().isEmpty() ? Arrays.asList(ProblemContext.values()) : sorted(request.interests())));
        List<StoryTemplate> fitting = StoryCatalog.fitting(context, request.difficulty());
        StoryTemplate template = request.wordingKey().flatMap(StoryCatalog::byKey)
                .filter(fitting::contains).orElseGet(() -> dice.pick(fitting));
        Story story = new StoryNumbers(request.difficulty(), dice, template).make();
        List<Object> args = new ArrayList<>();
        args.add(Names.pick(dice));
        story.numbers().forEach(number -> args.add(inText(number)));
        return item(request, Optional.of(context), template.key(), new MessageRef(template.key(), args), story.equation());
    }

    private MathItem plain(ItemRequest request, Dice dice) {
        Equation equation = EQUATIONS.get(request.skill()).make(request.difficulty(), dice);
        String text = ExpressionPrinter.display().print(equation);
        Optional<ProblemContext> context = request.context()
                .or(() -> request.interests().isEmpty() ? Optional.empty() : Optional.of(dice.pick(sorted(request.interests()))));
        if (context.isEmpty()) {
            return item(request, context, "math.item.solve", MessageRef.of("math.item.solve", text), equation);
        }
        List<String> frames = Frames.of(context.get());
        String frame = request.wordingKey().filter(frames::contains).orElseGet(() -> dice.pick(frames));
        return item(request, context, frame, MessageRef.of(frame, Names.pick(dice), text), equation);
    }

    private static MathItem item(ItemRequest request, Optional<ProblemContext> context, String wording,
                                 MessageRef statement, Equation equation) {
        if (!(equation.solutions() instanceof SolutionSet.One one)) {
            throw new IllegalStateException("generated " + equation + " without exactly one solution");
        }
        return new MathItem(request.skill(), request.difficulty(), request.seed(), context, wording, statement,
                equation, one.value());
    }

    /** A number as a story prints it: whole numbers plainly, money with two decimals. */
    static String inText(Rational number) {
        if (number.isInteger()) {
            return number.toString();
        }
        return new BigDecimal(number.numerator()).divide(new BigDecimal(number.denominator())).setScale(2).toPlainString();
    }

    private static List<ProblemContext> sorted(Set<ProblemContext> contexts) {
        return List.copyOf(EnumSet.copyOf(contexts));
    }
}
