package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.ParseResult;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.spi.StoryDraft;
import dev.deliberate.practice.spi.StoryOrder.StorySample;
import dev.deliberate.practice.spi.WrittenStory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stories written outside the engine for its story templates. The engine makes sample equations
 * of a template (numbers all different); a draft is kept only when every number in both languages
 * is one of the sample's, every one of them appears, the equation the draft states has exactly
 * those numbers and the sample's solution, and it asks a question. The kept story has its numbers
 * and character turned into placeholders ({@code [N1]}… in the template's order, {@code [NAME]});
 * any item of the same template is told with it by filling them with the item's own numbers and
 * character, then reading the numbers back once more.
 */
public final class WrittenStories {

    /** Between the template key and the story id in an item's wording, e.g. {@code math.story.sports.laps#1f2e…}. */
    public static final char SEPARATOR = '#';
    /** The message that shows a written story: English renders its first argument, Spanish its second. */
    public static final String MESSAGE = "math.story.written";
    static final String NAME = "[NAME]";
    private static final int SAMPLES = 4;
    private static final int SHORTEST = 40;
    private static final int LONGEST = 700;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[N([1-9])]");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]{}<>\\\\]|https?:");
    private static final Map<String, List<StorySample>> SAMPLE_CACHE = new ConcurrentHashMap<>();

    private WrittenStories() {
    }

    /** The template part of an item's wording (the wording itself when no written story is named). */
    public static String template(String wording) {
        int cut = wording.indexOf(SEPARATOR);
        return cut < 0 ? wording : wording.substring(0, cut);
    }

    /** The written story an item's wording names, if any. */
    public static Optional<String> storyId(String wording) {
        int cut = wording.indexOf(SEPARATOR);
        return cut < 0 ? Optional.empty() : Optional.of(wording.substring(cut + 1));
    }

    /** Sample equations of a story template, its numbers all different, the same every time. */
    public static List<StorySample> samples(String templateKey) {
        return SAMPLE_CACHE.computeIfAbsent(templateKey, WrittenStories::makeSamples);
    }

    private static List<StorySample> makeSamples(String templateKey) {
        StoryTemplate template = StoryCatalog.byKey(templateKey)
                .orElseThrow(() -> new IllegalArgumentException("no story template " + templateKey));
        ItemGenerator generator = new ItemGenerator();
        List<StorySample> samples = new ArrayList<>();
        int level = Math.min(5, template.shape().level() + 1);
        for (long seed = 1; samples.size() < SAMPLES && seed < 500; seed++) {
            MathItem item = generator.generate(new ItemRequest(MathSkill.WORD_PROBLEMS, Difficulty.of(level),
                    Optional.of(template.context()), Set.of(), seed, Optional.of(templateKey)));
            List<String> numbers = numbersOf(item);
            if (new HashSet<>(values(numbers)).size() == numbers.size()) {
                samples.add(new StorySample(item.key().equation(), numbers, item.answerText()));
            }
        }
        return List.copyOf(samples);
    }

    /** The draft as a story to keep for items of the sample's template, or empty when it does not tell the sample. */
    public static Optional<WrittenStory> accept(StorySample sample, StoryDraft draft) {
        if (draft == null || draft.unknown() == null || draft.unknown().isBlank() || draft.unknown().length() > 120
                || draft.equation() == null || !statesSample(sample, draft.equation())) {
            return Optional.empty();
        }
        Optional<String> english = placeholders(sample, draft.english());
        Optional<String> spanish = placeholders(sample, draft.spanish());
        if (english.isEmpty() || spanish.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WrittenStory.of(english.get(), spanish.get()));
    }

    /**
     * The item told with a written story of its template: the item's own numbers and character
     * filled in, its wording naming the story. Empty when the filled text does not read back to
     * exactly the item's numbers.
     */
    public static Optional<MathItem> tell(MathItem item, WrittenStory story) {
        if (!item.isWordProblem() || item.statement().args().isEmpty()) {
            return Optional.empty();
        }
        String name = String.valueOf(item.statement().args().get(0));
        List<String> numbers = numbersOf(item);
        Optional<String> english = filled(story.english(), name, numbers);
        Optional<String> spanish = filled(story.spanish(), name, numbers);
        if (english.isEmpty() || spanish.isEmpty()) {
            return Optional.empty();
        }
        String wording = template(item.wordingKey()) + SEPARATOR + story.id();
        return Optional.of(new MathItem(item.skill(), item.difficulty(), item.seed(), item.context(), wording,
                MessageRef.of(MESSAGE, english.get(), spanish.get()), item.equation(), item.answer()));
    }

    private static Optional<String> filled(String text, String name, List<String> numbers) {
        Matcher matcher = PLACEHOLDER.matcher(text.replace(NAME, name));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1)) - 1;
            if (index >= numbers.size()) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(numbers.get(index)));
        }
        matcher.appendTail(out);
        String told = out.toString();
        List<Rational> read = numbersIn(told);
        boolean same = read.size() >= numbers.size() && new HashSet<>(read).equals(new HashSet<>(values(numbers)))
                && !FORBIDDEN.matcher(told).find();
        return same ? Optional.of(told) : Optional.empty();
    }

    /** The story with every number turned into its placeholder; empty when a number is foreign or missing. */
    private static Optional<String> placeholders(StorySample sample, String text) {
        if (text == null || text.length() < SHORTEST || text.length() > LONGEST || !text.contains("?")
                || FORBIDDEN.matcher(text.replace(NAME, "")).find()) {
            return Optional.empty();
        }
        List<Rational> wanted = values(sample.numbers());
        Set<Integer> used = new HashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = wanted.indexOf(RationalFormat.parseDecimal(matcher.group()));
            if (index < 0 || !matcher.group().equals(sample.numbers().get(index))) {
                return Optional.empty();
            }
            used.add(index);
            matcher.appendReplacement(out, "[N" + (index + 1) + "]");
        }
        matcher.appendTail(out);
        return used.size() == wanted.size() ? Optional.of(out.toString().strip()) : Optional.empty();
    }

    /** Whether the stated equation has exactly the sample's numbers and its solution. */
    private static boolean statesSample(StorySample sample, String stated) {
        ParseResult<Equation> parsed = EquationParser.parse(stated);
        ParseResult<Equation> own = EquationParser.parse(sample.equation());
        if (!parsed.isParsed() || !own.isParsed()) {
            return false;
        }
        List<Rational> numbers = literals(parsed.value());
        List<Rational> wanted = values(sample.numbers());
        return parsed.value().isEquivalentTo(own.value()) && numbers.size() == wanted.size()
                && new HashSet<>(numbers).equals(new HashSet<>(wanted));
    }

    /** The item's story numbers as its text writes them, in the template's order. */
    private static List<String> numbersOf(MathItem item) {
        List<Object> args = item.statement().args();
        return args.subList(1, args.size()).stream().map(String::valueOf).toList();
    }

    private static List<Rational> values(List<String> numbers) {
        return numbers.stream().map(RationalFormat::parseDecimal).toList();
    }

    private static List<Rational> numbersIn(String text) {
        List<Rational> found = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(RationalFormat.parseDecimal(matcher.group()));
        }
        return found;
    }

    private static List<Rational> literals(Equation equation) {
        List<Rational> found = new ArrayList<>();
        literals(equation.left(), found);
        literals(equation.right(), found);
        return found;
    }

    private static void literals(Expression node, List<Rational> found) {
        if (node instanceof Literal literal) {
            found.add(literal.value());
        } else if (node instanceof Negation negation) {
            literals(negation.operand(), found);
        } else if (node instanceof Operation operation) {
            literals(operation.left(), found);
            literals(operation.right(), found);
        }
    }
}
