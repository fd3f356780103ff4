package dev.deliberate.practice.language;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.french.Dialogues;
import dev.deliberate.practice.language.french.FormInSentence;
import dev.deliberate.practice.language.french.FrenchChecker;
import dev.deliberate.practice.language.french.Translations;
import dev.deliberate.practice.language.french.FrenchDrill;
import dev.deliberate.practice.language.french.FrenchItem;
import dev.deliberate.practice.language.french.FrenchItems;
import dev.deliberate.practice.language.french.FrenchSkill;
import dev.deliberate.practice.language.french.Sentences;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.ConversationPartner;
import dev.deliberate.practice.spi.Curriculum;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.Pitfall;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.ReviewCard;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;
import dev.deliberate.practice.spi.WorkedLine;

/**
 * French verbs as a practice subject ({@code french}): conjugation in sentences set in the
 * learner's interests, checked by the engine, the reason named. A Spanish subject would be a
 * sibling with its own engine package and id {@code spanish}, sharing tenses, persons and reasons.
 * Among the drills come the turns of scripted dialogues ({@link FrenchConversation}), whose other
 * person's line a model may write ({@link ConversationPartner}) when the assignment allows it.
 */
@Component
class FrenchSubject implements PracticeSubject {

    static final String ID = "french";
    private static final int RECENT = 100;
    /** The item type of a dialogue turn's card ({@code mastery.ItemType}). */
    private static final String CONVERSATION = "CONVERSATION";
    private static final String TRANSLATE = "TRANSLATE";
    private static final String TRANSLATION = "tr|";
    private static final int TRANSLATE_ONE_IN = 4;

    private final FrenchItems items = new FrenchItems();
    private final FrenchChecker checker = new FrenchChecker();
    private final FrenchDrill drill = new FrenchDrill();
    private final FrenchTexts texts = new FrenchTexts();
    private final Curriculum curriculum = curriculumOf();
    private final FrenchConversation conversation;
    private final FormInSentence finder = new FormInSentence();

    FrenchSubject() {
        this(ConversationPartner.NONE);
    }

    FrenchSubject(ConversationPartner partner) {
        this.conversation = new FrenchConversation(partner);
    }

    @Autowired
    FrenchSubject(ObjectProvider<ConversationPartner> partners) {
        this(partners.getIfAvailable(() -> ConversationPartner.NONE));
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
        long seed = seed(request);
        // a form due for review comes first: a dialogue going on is finished, but none starts, and no translation
        boolean due = dueHere(request);
        Optional<FrenchConversation.TurnServed> turn = conversation.next(request, seed, !due);
        if (turn.isPresent()) {
            return preparedTurn(turn.get().turn().skill().id(), request.level(), turn.get(), seed);
        }
        Optional<Translations.Prompt> translation = due ? Optional.empty() : translation(request, seed);
        if (translation.isPresent()) {
            return preparedTranslation(request.skillId(), request.level(), translation.get(), seed);
        }
        List<String> recent = request.history().stream().skip(Math.max(0, request.history().size() - RECENT)).map(Served::key).toList();
        FrenchItem item = items.next(new FrenchItems.Request(skill(request.skillId()), request.level(), request.interests(),
                request.contexts(), recent, request.dueCards(), seed));
        return prepared(request.skillId(), request.level(), item, seed);
    }

    /**
     * A number of the learner and the point of their session. The history the loop hands over stops
     * growing at its 100 latest items; from there the latest item's key moves the number on, so a
     * long session does not draw the same choices again and again.
     */
    private static long seed(NextItemSpec request) {
        List<Served> history = request.history();
        long seed = request.learnerSeed() * 31 + history.size();
        return history.isEmpty() ? seed : seed * 1_000_003L + history.get(history.size() - 1).key().hashCode();
    }

    @Override
    public PreparedItem regenerate(ItemSpec spec) {
        if (FrenchConversation.isTurn(spec.wording())) {
            return preparedTurn(spec.skillId(), (int) spec.difficulty(), conversation.regenerate(spec.wording()), spec.seed());
        }
        if (isTranslation(spec.wording())) {
            return preparedTranslation(spec.skillId(), (int) spec.difficulty(), prompt(spec), spec.seed());
        }
        return prepared(spec.skillId(), (int) spec.difficulty(), items.regenerate(spec.wording()), spec.seed());
    }

    @Override
    public Checked check(ItemSpec spec, Response response) {
        if (FrenchConversation.isTurn(spec.wording())) {
            return checkTurn(spec, conversation.turn(spec.wording()), response);
        }
        if (isTranslation(spec.wording())) {
            Translations.Prompt prompt = prompt(spec);
            return checkSentence(spec, item(spec), response, Text.of("french.translate.blank"),
                    finder.check(prompt.verb(), prompt.tense(), prompt.doer(), response.answer()), prompt.french());
        }
        FrenchItem item = items.regenerate(spec.wording());
        Diagnosis diagnosis = checker.check(item.verb(), item.tense(), item.doer(), response.answer());
        if (diagnosis.empty()) {
            return new Checked(Verdict.UNREADABLE, 1, true, null, Text.of("french.feedback.blank"), texts.hint(item, drill, 1), List.of());
        }
        String misconception = diagnosis.right() ? null : diagnosis.reason().map(Reason::code).orElse(null);
        return new Checked(diagnosis.right() ? Verdict.CORRECT : Verdict.MISTAKE, 1, true, misconception,
                texts.feedback(item, diagnosis), diagnosis.right() ? null : texts.hint(item, drill, 1), workedExample(spec));
    }

    @Override
    public List<Text> hints(ItemSpec spec, Response soFar, boolean tried) {
        FrenchItem item = item(spec);
        String answer = FrenchConversation.isTurn(spec.wording()) ? conversation.example(conversation.turn(spec.wording()))
                : isTranslation(spec.wording()) ? prompt(spec).french() : drill.answer(item);
        return List.of(texts.hint(item, drill, 1), texts.hint(item, drill, 2),
                tried ? Text.of("french.hint.answer", answer) : texts.hint(item, drill, 3));
    }

    @Override
    public List<WorkedLine> workedExample(ItemSpec spec) {
        if (FrenchConversation.isTurn(spec.wording())) {
            FrenchConversation.TurnServed served = conversation.regenerate(spec.wording());
            return texts.workedTurn(served.turn(), item(spec), drill, conversation.example(served.turn()));
        }
        if (isTranslation(spec.wording())) {
            return texts.workedTranslation(prompt(spec).french(), item(spec), drill);
        }
        return texts.workedExample(items.regenerate(spec.wording()), drill);
    }

    @Override
    public PreparedItem parallel(ItemSpec spec) {
        FrenchItem own = item(spec);
        long seed = spec.seed();
        PreparedItem anyKind = null;
        for (int attempt = 0; attempt < 64; attempt++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            FrenchItem other = items.next(new FrenchItems.Request(skill(spec.skillId()), (int) spec.difficulty(), java.util.Set.of(),
                    java.util.Set.of(), List.of(), List.of(), seed));
            if (!other.verb().equals(own.verb()) && !other.context().equals(own.context())) {
                // an irregular verb's example is another irregular one (suivre shown with manger teaches nothing)
                if (other.verb().irregular() == own.verb().irregular()) {
                    return prepared(spec.skillId(), (int) spec.difficulty(), other, seed);
                }
                if (anyKind == null) {
                    anyKind = prepared(spec.skillId(), (int) spec.difficulty(), other, seed);
                }
            }
        }
        if (anyKind != null) {
            return anyKind;
        }
        throw new IllegalStateException("no parallel item for " + spec);
    }

    @Override
    public List<Response> typicalMistakes(ItemSpec spec) {
        FrenchItem item = item(spec);
        if (FrenchConversation.isTurn(spec.wording())) {
            Dialogues.Turn turn = conversation.turn(spec.wording());
            return drill.typicalMistakes(item).keySet().stream()
                    .filter(answer -> conversation.check(turn, answer).filter(Diagnosis::right).isEmpty())
                    .map(answer -> new Response(answer + " " + turn.ideas().get(0), List.of())).toList();
        }
        if (isTranslation(spec.wording())) {
            Translations.Prompt prompt = prompt(spec);
            return drill.typicalMistakes(item).keySet().stream()
                    .filter(answer -> finder.check(prompt.verb(), prompt.tense(), prompt.doer(), answer).filter(Diagnosis::right).isEmpty())
                    .map(answer -> new Response(answer, List.of())).toList();
        }
        return drill.typicalMistakes(item).keySet().stream()
                .filter(answer -> !checker.check(item.verb(), item.tense(), item.doer(), answer).right())
                .map(answer -> new Response(answer, List.of())).toList();
    }

    @Override
    public boolean schedulesCards() {
        return true;
    }

    @Override
    public Optional<ReviewCard> card(ItemSpec spec) {
        FrenchItem item = item(spec);
        return Optional.of(new ReviewCard(item.card(), FrenchConversation.isTurn(spec.wording()) ? CONVERSATION
                : isTranslation(spec.wording()) ? TRANSLATE : item.kind().name()));
    }

    @Override
    public Optional<Pitfall> pitfall(ItemSpec spec, String misconception) {
        if (FrenchConversation.isTurn(spec.wording()) || isTranslation(spec.wording())) {
            return Optional.empty();
        }
        FrenchItem item = items.regenerate(spec.wording());
        // the wrong sentence stands where the worked example's last line, the whole sentence, does
        int sentenceLine = texts.workedExample(item, drill).size() - 1;
        return drill.typicalMistakes(item).keySet().stream()
                .map(answer -> Map.entry(answer, checker.check(item.verb(), item.tense(), item.doer(), answer)))
                .filter(entry -> entry.getValue().reason().map(Reason::code).filter(misconception::equals).isPresent())
                .findFirst().map(entry -> new Pitfall(sentenceLine, new WorkedLine(item.filled(entry.getKey()), null,
                        Text.of("french.misconception." + entry.getValue().reason().orElseThrow().key())), texts.feedback(item, entry.getValue())));
    }

    /** A turn's answer judged on the form it must use; an answer without one is a mistake that says what is missing. */
    private Checked checkTurn(ItemSpec spec, Dialogues.Turn turn, Response response) {
        FrenchItem item = FrenchConversation.asItem(turn);
        return checkSentence(spec, item, response, Text.of("french.talk.blank"), conversation.check(turn, response.answer()),
                conversation.example(turn));
    }

    /** A sentence of the learner's own judged on the one form it must use (found, or said to be missing). */
    private Checked checkSentence(ItemSpec spec, FrenchItem item, Response response, Text blank, Optional<Diagnosis> found,
            String example) {
        if (response.answer().isBlank()) {
            return new Checked(Verdict.UNREADABLE, 1, true, null, blank, texts.hint(item, drill, 1), List.of());
        }
        if (found.isEmpty()) {
            return new Checked(Verdict.MISTAKE, 1, true, null, texts.notFound(item, drill.answer(item), example),
                    texts.hint(item, drill, 1), workedExample(spec));
        }
        Diagnosis diagnosis = found.get();
        String misconception = diagnosis.right() ? null : diagnosis.reason().map(Reason::code).orElse(null);
        return new Checked(diagnosis.right() ? Verdict.CORRECT : Verdict.MISTAKE, 1, true, misconception,
                texts.feedback(item, diagnosis), diagnosis.right() ? null : texts.hint(item, drill, 1), workedExample(spec));
    }

    private PreparedItem preparedTurn(String skillId, int level, FrenchConversation.TurnServed served, long seed) {
        Dialogues.Turn turn = served.turn();
        ItemSpec spec = new ItemSpec(skillId, level, FrenchConversation.context(turn), FrenchConversation.wording(served), seed);
        Text statement = texts.turn(turn, FrenchConversation.dialogue(turn), served.line() == null ? null : served.line().text());
        return new PreparedItem(spec, FrenchConversation.key(served), statement, null, null, conversation.example(turn));
    }

    /** Whether a card of the chosen skill is due: the drill then serves it before anything else starts. */
    private static boolean dueHere(NextItemSpec request) {
        FrenchSkill skill = skill(request.skillId());
        return !request.dueCards().isEmpty()
                && skill.verbs().stream().anyMatch(verb -> request.dueCards().contains(FrenchItem.card(verb, skill.tense())));
    }

    /** The item as a drill: a sentence, or a dialogue turn's or a translation's verb, tense and doer. */
    private FrenchItem item(ItemSpec spec) {
        if (isTranslation(spec.wording())) {
            Translations.Prompt prompt = prompt(spec);
            return new FrenchItem(prompt.verb(), prompt.tense(), prompt.doer(), "", "", prompt.context(), FrenchItem.Kind.CLOZE);
        }
        return FrenchConversation.isTurn(spec.wording()) ? FrenchConversation.asItem(conversation.turn(spec.wording()))
                : items.regenerate(spec.wording());
    }

    /**
     * A sentence to translate, one item in four from level 2 when the skill has one the learner has
     * not had in their last 100 items.
     */
    private static Optional<Translations.Prompt> translation(NextItemSpec request, long seed) {
        java.util.Random random = new java.util.Random(seed ^ 0x2545F4914F6CDD1DL);
        if (request.level() < 2 || random.nextInt(TRANSLATE_ONE_IN) != 0) {
            return Optional.empty();
        }
        List<Translations.Prompt> fresh = Translations.all().of(skill(request.skillId())).stream()
                .filter(prompt -> request.history().stream().noneMatch(served -> served.key().equals(translationWording(prompt))))
                .toList();
        return fresh.isEmpty() ? Optional.empty() : Optional.of(fresh.get(random.nextInt(fresh.size())));
    }

    private PreparedItem preparedTranslation(String skillId, int level, Translations.Prompt prompt, long seed) {
        String wording = translationWording(prompt);
        ItemSpec spec = new ItemSpec(skillId, level, prompt.context(), wording, seed);
        return new PreparedItem(spec, wording, texts.translation(prompt), null, null, prompt.french());
    }

    private static String translationWording(Translations.Prompt prompt) {
        return TRANSLATION + Translations.VERSION + "|" + prompt.index();
    }

    private static boolean isTranslation(String wording) {
        return wording.startsWith(TRANSLATION);
    }

    private static Translations.Prompt prompt(ItemSpec spec) {
        return Translations.all().get(Integer.parseInt(spec.wording().split("\\|")[2]));
    }

    private PreparedItem prepared(String skillId, int level, FrenchItem item, long seed) {
        String wording = FrenchItems.wording(item);
        ItemSpec spec = new ItemSpec(skillId, level, item.context(), wording, seed);
        return new PreparedItem(spec, FrenchItems.key(item), texts.statement(item, drill), item.gapped(), null, drill.answer(item));
    }

    private static FrenchSkill skill(String id) {
        return FrenchSkill.byId(id).orElseThrow(() -> new IllegalArgumentException("no French skill " + id));
    }

    private static Curriculum curriculumOf() {
        List<String> skills = Arrays.stream(FrenchSkill.values()).map(FrenchSkill::id).toList();
        Map<String, List<String>> prerequisites = Arrays.stream(FrenchSkill.values()).collect(Collectors.toMap(FrenchSkill::id,
                skill -> skill.prerequisites().stream().map(FrenchSkill::id).toList()));
        List<String> assignment = List.of(FrenchSkill.PRESENT_IRREGULAR.id(), FrenchSkill.COMPOUND_PAST_AVOIR.id(),
                FrenchSkill.COMPOUND_PAST_ETRE.id(), FrenchSkill.FUTURE_IRREGULAR.id(), FrenchSkill.SUBJUNCTIVE_IRREGULAR.id());
        Map<String, String> topics = Arrays.stream(FrenchSkill.values()).collect(Collectors.toMap(FrenchSkill::id, FrenchSkill::topic));
        return new Curriculum(skills, prerequisites, assignment, List.of(1, 2, 3), Sentences.CONTEXTS, Sentences.CONTEXTS, topics);
    }
}
