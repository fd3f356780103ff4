package dev.deliberate.practice.math.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How often a name is given to work that no learner meant: random wrong lines {@code ax + b = cx + d}
 * and random wrong whole-number answers on generated items. A line has two sides to reproduce, so a
 * named misconception there is almost never a coincidence; an answer is one number, and the
 * documented answer rules match some random numbers by chance. Prints both figures.
 */
class RandomWrongWorkTests {

    private static final int ITEMS_PER_SKILL = 60;

    private final ItemGenerator generator = new ItemGenerator();
    private final StepChecker checker = new StepChecker();

    @Test
    void randomWrongLinesAreAlmostNeverGivenAName() {
        Random random = new Random(9);
        Map<Misconception, Integer> named = new TreeMap<>();
        int lines = 0;
        for (MathItem item : items(random)) {
            String line = (random.nextInt(13) - 6) + "x + " + (random.nextInt(41) - 20) + " = "
                    + (random.nextInt(13) - 6) + "x + " + (random.nextInt(41) - 20);
            Equation written = EquationParser.parse(line).value();
            if (written.isEquivalentTo(item.equation())) {
                continue;
            }
            lines++;
            count(checker.check(item, new StudentWork(List.of(line), "")), named);
        }
        int total = named.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "random wrong lines: %d, named %.2f%% (%d) %s%n", lines, 100.0 * total / lines, total, named);

        assertThat(100.0 * total / lines).isLessThanOrEqualTo(1.0);
    }

    @Test
    void randomWrongAnswersAreNamedOnlyByTheDocumentedAnswerRules() {
        Random random = new Random(11);
        Map<Misconception, Integer> named = new TreeMap<>();
        int answers = 0;
        for (MathItem item : items(random)) {
            int value = random.nextInt(41) - 20;
            if (Rational.of(value).equals(item.answer())) {
                continue;
            }
            answers++;
            Feedback feedback = checker.check(item, StudentWork.answerOnly(String.valueOf(value)));
            count(feedback, named);
            if (!feedback.namesMisconception()) {
                assertThat(feedback.explanation().code()).isEqualTo("math.feedback.unknown.answer");
            }
        }
        int total = named.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "random wrong answers (−20…20, no work): %d, named %.1f%% (%d) %s%n", answers,
                100.0 * total / answers, total, named);
    }

    private List<MathItem> items(Random random) {
        return List.of(MathSkill.values()).stream().filter(skill -> skill != MathSkill.WORD_PROBLEMS)
                .flatMap(skill -> random.ints(ITEMS_PER_SKILL, 1, 6).boxed()
                        .map(level -> generator.generate(ItemRequest.of(skill, level, random.nextLong()))))
                .toList();
    }

    private static void count(Feedback feedback, Map<Misconception, Integer> named) {
        if (feedback.namesMisconception()) {
            named.merge(feedback.misconception().orElseThrow(), 1, Integer::sum);
        }
    }
}
