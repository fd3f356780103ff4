package dev.deliberate.practice.math.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.MathMessages;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ItemGeneratorTests {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private final ItemGenerator generator = new ItemGenerator();

    @Test
    void theSameRequestAlwaysGivesTheSameItem() {
        ItemRequest request = ItemRequest.of(MathSkill.VARIABLES_BOTH_SIDES, 3.5, 42).inContext(ProblemContext.MUSIC);
        assertThat(generator.generate(request)).isEqualTo(generator.generate(request));
        assertThat(generator.generate(request)).isNotEqualTo(generator.generate(ItemRequest.of(MathSkill.VARIABLES_BOTH_SIDES, 3.5, 43)
                .inContext(ProblemContext.MUSIC)));
    }

    @Test
    void everyContextHasAtLeastSixStoriesAndTwoForEveryLevel() {
        for (ProblemContext context : ProblemContext.values()) {
            assertThat(StoryCatalog.all().stream().filter(template -> template.context() == context)).hasSizeGreaterThanOrEqualTo(6);
            for (int level = 1; level <= 5; level++) {
                assertThat(generator.wordingKeys(MathSkill.WORD_PROBLEMS, Difficulty.of(level), context))
                        .as(context + " at level " + level).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void storiesAreBuiltFromExactlyTheNumbersInTheirTextInBothLanguages() {
        for (StoryTemplate template : StoryCatalog.all()) {
            for (int level = 1; level <= 5; level++) {
                MathItem item = generator.generate(new ItemRequest(MathSkill.WORD_PROBLEMS, Difficulty.of(level),
                        java.util.Optional.of(template.context()), Set.of(), level * 101L,
                        java.util.Optional.of(template.key())));
                if (!item.wordingKey().equals(template.key())) {
                    continue;
                }
                for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                    String text = MathMessages.in(locale).render(item.statement());
                    assertThat(numbersIn(text)).as(text).containsExactlyInAnyOrderElementsOf(literals(item));
                    assertThat(text).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void storyAnswersAreWholePositiveCounts() {
        for (long seed = 0; seed < 400; seed++) {
            MathItem item = generator.generate(ItemRequest.of(MathSkill.WORD_PROBLEMS, 1 + seed % 5, seed));
            assertThat(item.answer().isInteger()).as(item.equationText()).isTrue();
            assertThat(item.answer().signum()).as(item.equationText()).isPositive();
        }
    }

    @Test
    void plainItemsAreFramedByAContextSentenceWhenThereIsAContext() {
        MathItem framed = generator.generate(ItemRequest.of(MathSkill.TWO_STEP, 2, 7).inContext(ProblemContext.GAMING));
        MathItem plain = generator.generate(ItemRequest.of(MathSkill.TWO_STEP, 2, 7));
        assertThat(framed.wordingKey()).startsWith("math.frame.gaming.");
        assertThat(MathMessages.english().render(framed.statement())).contains(framed.equationText());
        assertThat(MathMessages.in(Locale.forLanguageTag("es")).render(framed.statement())).contains(framed.equationText());
        assertThat(plain.wordingKey()).isEqualTo("math.item.solve");
        assertThat(MathMessages.english().render(plain.statement())).isEqualTo("Solve " + plain.equationText() + ".");
    }

    @Test
    void anInterestColoursAnItemWhenNoContextIsGiven() {
        MathItem item = generator.generate(ItemRequest.of(MathSkill.DECIMALS, 3, 11).withInterests(Set.of(ProblemContext.COOKING)));
        assertThat(item.context()).contains(ProblemContext.COOKING);
    }

    @Test
    void decimalItemsAnswerInDecimalsAndOthersInFractions() {
        MathItem decimal = generator.generate(ItemRequest.of(MathSkill.DECIMALS, 3, 5));
        assertThat(decimal.answerText()).doesNotContain("/");
        assertThat(RationalFormat.parse(decimal.answerText())).contains(decimal.answer());
        MathItem fraction = generator.generate(ItemRequest.of(MathSkill.FRACTION_ARITHMETIC, 3, 5));
        assertThat(RationalFormat.parse(fraction.answerText())).contains(fraction.answer());
        assertThat(fraction.equationMath().inline()).contains("<mfrac>");
    }

    @Test
    void everySkillAndLevelProducesItems() {
        for (MathSkill skill : MathSkill.values()) {
            for (double difficulty = 1; difficulty <= 5; difficulty += 0.5) {
                MathItem item = generator.generate(ItemRequest.of(skill, difficulty, 99));
                assertThat(item.skill()).isEqualTo(skill);
                assertThat(item.equation().holdsAt(item.answer())).isTrue();
                assertThat(item.workedExample().result().isSolved()).isTrue();
            }
        }
    }

    private static List<Rational> numbersIn(String text) {
        List<Rational> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(RationalFormat.parseDecimal(matcher.group()));
        }
        return numbers;
    }

    private static List<Rational> literals(MathItem item) {
        List<Rational> values = new ArrayList<>();
        collect(item.equation().left(), values);
        collect(item.equation().right(), values);
        return values;
    }

    private static void collect(Expression expression, List<Rational> values) {
        if (expression instanceof Literal literal) {
            values.add(literal.value());
        } else if (expression instanceof Negation negation) {
            collect(negation.operand(), values);
        } else if (expression instanceof Operation operation) {
            collect(operation.left(), values);
            collect(operation.right(), values);
        }
    }
}
