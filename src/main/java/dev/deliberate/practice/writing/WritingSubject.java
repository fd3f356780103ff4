package dev.deliberate.practice.writing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.Attempted;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.Curriculum;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.Note;
import dev.deliberate.practice.spi.Pitfall;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;
import dev.deliberate.practice.spi.WorkedLine;
import dev.deliberate.practice.spi.WritingCoach;

/**
 * Argumentative writing as a practice subject. Its skills are the criteria of an essay; every
 * response is judged by the rule-based analyzer ({@link WritingAnalyzer}), compared with the
 * previous draft of the same item when there is one. Where the assignment lets a language model
 * comment, the {@link WritingCoach}'s comments are added beside the rules' notes: they carry the
 * rules' verdict on their criterion and change neither the verdict nor the next step.
 */
@Component
class WritingSubject implements PracticeSubject {

    static final String ID = "writing";
    static final List<String> SKILLS = List.of("thesis", "hook", "roadmap", "claim", "evidence", "reasoning", "transition",
            "counter-argument", "conclusion", "language");
    /** Fewer words than this is not yet something to judge. */
    static final int MINIMUM_WORDS = 3;

    private final WritingItems items = new WritingItems();
    private final WritingAnalyzer analyzer = new WritingAnalyzer();
    private final TopicBank bank = new TopicBank();
    private final Curriculum curriculum = curriculumOf();
    private final WritingCoach coach;

    WritingSubject() {
        this(WritingCoach.NONE);
    }

    WritingSubject(WritingCoach coach) {
        this.coach = coach;
    }

    @Autowired
    WritingSubject(ObjectProvider<WritingCoach> coaches) {
        this(coaches.getIfAvailable(() -> WritingCoach.NONE));
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
        return items.next(request);
    }

    @Override
    public PreparedItem regenerate(ItemSpec spec) {
        return items.regenerate(spec);
    }

    @Override
    public Checked check(ItemSpec spec, Response response) {
        return check(spec, response, Attempted.FIRST);
    }

    @Override
    public Checked check(ItemSpec spec, Response response, Attempted attempted) {
        List<String> lines = lines(response);
        Draft draft = Draft.of(lines);
        if (draft.words().size() < MINIMUM_WORDS || draft.sentences().isEmpty()) {
            return new Checked(Verdict.UNREADABLE, 1, true, null, Text.of("writing.unreadable"), Text.of("writing.unreadable.hint"),
                    List.of());
        }
        Task task = WritingItems.taskOf(spec);
        List<Finding> findings = findings(task, spec, draft);
        Optional<Response> previous = previousDraft(attempted);
        List<Finding> before = previous.map(p -> findings(task, spec, Draft.of(lines(p)))).orElse(null);
        boolean same = previous.map(p -> String.join("\n", lines(p)).strip().equals(draft.text().strip())).orElse(false);
        List<Note> comments = attempted.modelCourse().map(course -> notes(coach.ready(request(course, task, findings, draft,
                previous, attempted)), findings)).orElse(List.of());
        return WritingFeedback.of(task, findings, before, same, comments);
    }

    /** Asks the coach for its comments (waiting up to its deadline), which {@link #check} then finds ready. */
    @Override
    public void awaitHelp(ItemSpec spec, Response response, Attempted attempted) {
        Draft draft = Draft.of(lines(response));
        if (attempted.modelCourse().isEmpty() || draft.words().size() < MINIMUM_WORDS || draft.sentences().isEmpty()) {
            return;
        }
        Task task = WritingItems.taskOf(spec);
        coach.comments(request(attempted.modelCourse().get(), task, findings(task, spec, draft), draft, previousDraft(attempted),
                attempted));
    }

    private static Optional<Response> previousDraft(Attempted attempted) {
        return attempted.previous().filter(p -> Draft.of(lines(p)).words().size() >= MINIMUM_WORDS);
    }

    /** What the coach is told: the rules' verdicts, the text and the previous draft; the learner's name words only to avoid. */
    private static WritingCoach.Request request(long course, Task task, List<Finding> findings, Draft draft, Optional<Response> previous,
            Attempted attempted) {
        List<WritingCoach.Judged> verdicts = findings.stream().map(f -> new WritingCoach.Judged(f.criterion(), f.met())).toList();
        return new WritingCoach.Request(course, task.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), verdicts, draft.text(),
                previous.map(p -> Draft.of(lines(p)).text()).orElse(null), attempted.avoidNames());
    }

    /**
     * The coach's comments as notes: only on a criterion the rules judged, with the rules' verdict
     * on it, at most one a criterion.
     */
    private static List<Note> notes(List<WritingCoach.Comment> comments, List<Finding> findings) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        findings.forEach(f -> met.put(f.criterion(), f.met()));
        List<Note> notes = new java.util.ArrayList<>();
        for (WritingCoach.Comment c : comments) {
            if (met.containsKey(c.criterion()) && notes.stream().noneMatch(n -> n.criterion().equals(c.criterion()))) {
                notes.add(new Note(c.criterion(), met.get(c.criterion()),
                        Text.of("writing.model.note", c.quote(), c.english(), c.nextStep(), c.spanish(), c.siguiente()), Note.Source.MODEL));
            }
        }
        return notes;
    }

    /** The rules' findings on a draft, each criterion of the task and language. */
    List<Finding> findings(Task task, ItemSpec spec, Draft draft) {
        return analyzer.analyze(task, draft, bank.given(task, WritingItems.setOf(spec), draft.lexicon().language()));
    }

    private static List<String> lines(Response response) {
        List<String> lines = new java.util.ArrayList<>(response.workLines());
        if (!response.answer().isBlank()) {
            lines.add(response.answer());
        }
        return lines;
    }

    @Override
    public List<Text> hints(ItemSpec spec, Response soFar, boolean tried) {
        String skill = spec.skillId();
        String set = WritingItems.setOf(spec);
        return List.of(Text.of("writing.hint." + skill + ".1"), Text.of("writing.hint." + skill + ".2"),
                Text.of("writing.hint.model", model(skill, set)));
    }

    @Override
    public List<WorkedLine> workedExample(ItemSpec spec) {
        String set = WritingItems.setOf(spec);
        return List.of(new WorkedLine("", null, Text.of("writing.example.question", TopicBank.part(set, "question"))),
                new WorkedLine("", null, Text.of("writing.example.model", model(spec.skillId(), set))),
                new WorkedLine("", null, Text.of("writing.hint." + spec.skillId() + ".2")));
    }

    /** The bank's own text that shows the skill, for a hint or a worked example. */
    private static Text model(String skill, String set) {
        return switch (skill) {
            case "claim", "transition" -> TopicBank.part(set, "claim2");
            case "evidence", "reasoning" -> Text.of("writing.paragraph", TopicBank.part(set, "claim1"), TopicBank.part(set, "evidence1"));
            default -> TopicBank.part(set, "thesis");
        };
    }

    @Override
    public PreparedItem parallel(ItemSpec spec) {
        List<String> sets = TopicBank.sets(List.of());
        String set = WritingItems.setOf(spec);
        String other = sets.get((sets.indexOf(set) + 1 + (int) Math.floorMod(spec.seed(), (long) sets.size() - 1)) % sets.size());
        return items.regenerate(new ItemSpec(spec.skillId(), Math.min(spec.difficulty(), 2), TopicBank.contextOf(other), other, spec.seed()));
    }

    @Override
    public Optional<Pitfall> pitfall(ItemSpec spec, String misconception) {
        return Optional.empty();
    }

    private static Curriculum curriculumOf() {
        Map<String, List<String>> prerequisites = new LinkedHashMap<>();
        SKILLS.forEach(skill -> prerequisites.put(skill, List.of()));
        prerequisites.putAll(Map.of("hook", List.of("thesis"), "roadmap", List.of("thesis"), "claim", List.of("thesis"),
                "evidence", List.of("claim"), "reasoning", List.of("evidence"), "transition", List.of("claim"),
                "counter-argument", List.of("reasoning"), "conclusion", List.of("thesis")));
        return new Curriculum(SKILLS, prerequisites, List.of("thesis", "hook", "claim", "evidence", "reasoning", "transition", "conclusion",
                "language"), List.of(1, 2, 3), TopicBank.CONTEXTS, TopicBank.CONTEXTS, Map.of());
    }
}
