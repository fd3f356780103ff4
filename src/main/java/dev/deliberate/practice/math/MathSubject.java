package dev.deliberate.practice.math;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.math.check.Feedback;
import dev.deliberate.practice.math.check.Misconception;
import dev.deliberate.practice.math.check.Pitfalls;
import dev.deliberate.practice.math.check.StepChecker;
import dev.deliberate.practice.math.check.StudentWork;
import dev.deliberate.practice.math.item.Difficulty;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.ItemKey;
import dev.deliberate.practice.math.item.ItemRequest;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.item.ProblemContext;
import dev.deliberate.practice.math.expression.ExpressionPrinter;
import dev.deliberate.practice.math.expression.MathMlPrinter;
import dev.deliberate.practice.math.item.WrittenStories;
import dev.deliberate.practice.math.skill.MathSkill;
import dev.deliberate.practice.math.variety.ServedItem;
import dev.deliberate.practice.math.variety.VarietyPlanner;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.Curriculum;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.Pitfall;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.StoryOrder;
import dev.deliberate.practice.spi.StoryWriter;
import dev.deliberate.practice.spi.WrittenStory;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;
import dev.deliberate.practice.spi.WorkedLine;

/**
 * Linear equations as a practice subject: the engine's generator, variety planner and step
 * checker behind the practice loop's interface. Every answer is decided here, exactly. When the
 * assignment lets a language model write wording, a word problem may be told with a story the
 * {@link StoryWriter} has already written for its template and the engine accepted
 * ({@link WrittenStories}); otherwise, and whenever none is ready, with the template itself.
 */
@Component
class MathSubject implements PracticeSubject {

    static final String ID = "math";
    private static final String KEY_SEPARATOR = "|";
    /** Tries at a parallel item: level-1 fraction items have few distinct answers, and 8 tries missed 1 in 800. */
    private static final int PARALLEL_TRIES = 64;

    private final ItemGenerator generator = new ItemGenerator();
    private final VarietyPlanner planner = new VarietyPlanner(generator);
    private final StepChecker checker = new StepChecker();
    private final Pitfalls pitfalls = new Pitfalls();
    private final Curriculum curriculum = curriculumOf();
    private final StoryWriter writer;

    MathSubject() {
        this(StoryWriter.NONE);
    }

    MathSubject(StoryWriter writer) {
        this.writer = writer;
    }

    @Autowired
    MathSubject(ObjectProvider<StoryWriter> writers) {
        this(writers.getIfAvailable(() -> StoryWriter.NONE));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Curriculum curriculum() {
        return curriculum;
    }

    @Override
    public PreparedItem next(NextItemSpec request) {
        List<ServedItem> history = request.history().stream().map(MathSubject::served).toList();
        Set<ProblemContext> interests = request.interests().stream().map(MathSubject::context)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        Set<ProblemContext> allowed = request.contexts().stream().map(MathSubject::context)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        MathItem item = planner.next(history, skill(request.skillId()), Difficulty.of(request.level()), interests, allowed,
                request.avoidNames(), request.learnerSeed());
        return prepared(request.modelCourse() == null || !item.isWordProblem() ? item : told(item, request));
    }

    /** The word problem told with a written story the learner has not had yet, if one is ready. */
    private MathItem told(MathItem item, NextItemSpec request) {
        String template = item.wordingKey();
        List<WrittenStory> stories = writer.stories(new StoryOrder(template,
                item.context().map(ProblemContext::id).orElse(""), WrittenStories.samples(template), WrittenStories::accept,
                request.modelCourse()));
        Set<String> had = request.history().stream().map(served -> WrittenStories.storyId(served.key()))
                .flatMap(Optional::stream).collect(Collectors.toSet());
        List<WrittenStory> fresh = stories.stream().filter(story -> !had.contains(story.id())).toList();
        if (fresh.isEmpty()) {
            return item;
        }
        WrittenStory story = fresh.get((int) Math.floorMod(item.seed(), (long) fresh.size()));
        return WrittenStories.tell(item, story).filter(told -> !names(told, request.avoidNames())).orElse(item);
    }

    /** Whether a written story names the learner (a model may invent a name despite being asked not to). */
    private static boolean names(MathItem item, Set<String> avoid) {
        Set<String> folded = avoid.stream().map(MathSubject::fold).filter(word -> word.length() > 1).collect(Collectors.toSet());
        return item.statement().args().stream().map(String::valueOf)
                .flatMap(text -> Arrays.stream(text.split("[^\\p{L}]+"))).map(MathSubject::fold).anyMatch(folded::contains);
    }

    private static String fold(String word) {
        return java.text.Normalizer.normalize(word.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public PreparedItem regenerate(ItemSpec spec) {
        MathItem item = generate(spec);
        return prepared(WrittenStories.storyId(spec.wording()).flatMap(writer::story)
                .flatMap(story -> WrittenStories.tell(item, story)).orElse(item));
    }

    @Override
    public Checked check(ItemSpec spec, Response response) {
        MathItem item = generate(spec);
        Feedback feedback = checker.check(item, new StudentWork(response.workLines(), response.answer()));
        String misconception = feedback.misconception().filter(m -> m != Misconception.UNKNOWN).map(Enum::name).orElse(null);
        List<WorkedLine> example = worked(feedback.workedExample());
        return new Checked(Verdict.valueOf(feedback.verdict().name()), feedback.line(), feedback.atFinalAnswer(), misconception,
                text(feedback.explanation()), feedback.hint().map(MathSubject::text).orElse(null), example);
    }

    @Override
    public List<WorkedLine> workedExample(ItemSpec spec) {
        return worked(generate(spec).workedExample());
    }

    private static List<WorkedLine> worked(dev.deliberate.practice.math.solve.WorkedExample example) {
        return example.steps().stream().map(step -> new WorkedLine(step.text(), step.math(), text(step.reason()))).toList();
    }

    @Override
    public List<Text> hints(ItemSpec spec, Response soFar, boolean tried) {
        return HintLadder.of(generate(spec), soFar, tried);
    }

    @Override
    public PreparedItem parallel(ItemSpec spec) {
        MathItem own = generate(spec);
        long seed = spec.seed();
        for (int attempt = 0; attempt < PARALLEL_TRIES; attempt++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            ProblemContext[] contexts = ProblemContext.values();
            ProblemContext other = contexts[(int) Math.floorMod(seed >>> 17, (long) contexts.length)];
            if (other.id().equals(spec.context())) {
                continue;
            }
            MathItem item = generator.generate(ItemRequest.of(own.skill(), spec.difficulty(), seed).inContext(other));
            if (!item.key().equation().equals(own.key().equation()) && !item.answer().equals(own.answer())) {
                return prepared(item);
            }
        }
        throw new IllegalStateException("no parallel item for " + spec);
    }

    @Override
    public List<Response> typicalMistakes(ItemSpec spec) {
        return TypicalMistakes.of(generate(spec));
    }

    @Override
    public Optional<Pitfall> pitfall(ItemSpec spec, String misconception) {
        Optional<Misconception> known = Arrays.stream(Misconception.values()).filter(m -> m.name().equals(misconception)).findFirst();
        return known.flatMap(m -> pitfalls.find(generate(spec), m).map(p -> new Pitfall(p.step(),
                new WorkedLine(ExpressionPrinter.display().print(p.wrong()), MathMlPrinter.print(p.wrong()), Text.of(m.messageKey())),
                text(p.feedback().explanation()))));
    }

    private MathItem generate(ItemSpec spec) {
        ItemRequest request = ItemRequest.of(skill(spec.skillId()), spec.difficulty(), spec.seed())
                .withWording(WrittenStories.template(spec.wording()));
        return generator.generate(context(spec.context()).map(request::inContext).orElse(request));
    }

    private static PreparedItem prepared(MathItem item) {
        ItemSpec spec = new ItemSpec(item.skill().id(), item.difficulty().value(),
                item.context().map(ProblemContext::id).orElse(""), item.wordingKey(), item.seed());
        boolean story = item.isWordProblem();
        return new PreparedItem(spec, key(item.key()), text(item.statement()),
                story ? null : item.equationText(), story ? null : item.equationMath(), item.answerText());
    }

    /** The engine's messages become subject-neutral texts; codes and bundles stay the same. */
    static Text text(MessageRef message) {
        return new Text(message.code(), message.args().stream()
                .map(arg -> arg instanceof MessageRef nested ? text(nested) : arg).toList());
    }

    private static String key(ItemKey key) {
        return key.equation() + KEY_SEPARATOR + key.wording();
    }

    private static ServedItem served(Served served) {
        int split = served.key().lastIndexOf(KEY_SEPARATOR);
        ItemKey key = split < 0 ? new ItemKey(served.key(), "") : new ItemKey(served.key().substring(0, split),
                WrittenStories.template(served.key().substring(split + 1)));
        return new ServedItem(key, context(served.context()));
    }

    private static MathSkill skill(String id) {
        return MathSkill.byId(id).orElseThrow(() -> new IllegalArgumentException("no math skill " + id));
    }

    private static Optional<ProblemContext> context(String id) {
        return Arrays.stream(ProblemContext.values()).filter(c -> c.id().equals(id)).findFirst();
    }

    private static Curriculum curriculumOf() {
        List<String> skills = Arrays.stream(MathSkill.values()).map(MathSkill::id).toList();
        Map<String, List<String>> prerequisites = new LinkedHashMap<>();
        for (MathSkill skill : MathSkill.values()) {
            prerequisites.put(skill.id(), skill.prerequisites().stream().map(MathSkill::id).toList());
        }
        List<String> assignment = Arrays.stream(MathSkill.values())
                .filter(s -> s != MathSkill.INTEGER_ARITHMETIC && s != MathSkill.FRACTION_ARITHMETIC)
                .map(MathSkill::id).toList();
        List<String> interests = Arrays.stream(ProblemContext.values()).filter(ProblemContext::isInterest)
                .map(ProblemContext::id).toList();
        List<String> contexts = Arrays.stream(ProblemContext.values()).map(ProblemContext::id).toList();
        Map<String, String> topics = Arrays.stream(MathSkill.values()).collect(Collectors.toMap(MathSkill::id, MathSkill::topic));
        return new Curriculum(skills, prerequisites, assignment, IntStream.rangeClosed(1, 5).boxed().toList(), interests, contexts,
                topics);
    }
}
