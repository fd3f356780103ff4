package dev.deliberate.practice.language;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.french.Dialogues;
import dev.deliberate.practice.language.french.Dialogues.Dialogue;
import dev.deliberate.practice.language.french.Dialogues.Turn;
import dev.deliberate.practice.language.french.FormInSentence;
import dev.deliberate.practice.language.french.FrenchChecker;
import dev.deliberate.practice.language.french.FrenchDrill;
import dev.deliberate.practice.language.french.FrenchItem;
import dev.deliberate.practice.language.french.FrenchSkill;
import dev.deliberate.practice.language.french.FrenchVerbs;
import dev.deliberate.practice.language.french.Sentences;
import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Tense;
import dev.deliberate.practice.spi.ConversationPartner;
import dev.deliberate.practice.spi.LineOrder;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.SpokenLine;

/**
 * Conversation practice: the turns of scripted dialogues served as items among the drills. After
 * {@link #DRILLS_BETWEEN} drills a dialogue starts when one opens on the skill the learner model
 * chose; its next turns follow at once, the branch picked by what the learner said, each turn
 * practising its own verb and tense (and counted on that skill and card). With a model the other
 * person's line may be the model's, once the engine has checked the forms it says it uses.
 */
final class FrenchConversation {

    /** Drills served between two dialogues (and before the first). */
    static final int DRILLS_BETWEEN = 2;
    /** How long a learner may wait for the model's line; the scripted one is used after that. */
    static final Duration MODEL_WAIT = Duration.ofMillis(1500);
    private static final String PREFIX = "talk|";

    private final Dialogues dialogues = Dialogues.all();
    private final FrenchChecker checker = new FrenchChecker();
    private final FormInSentence finder = new FormInSentence();
    private final FrenchDrill drill = new FrenchDrill();
    private final ConversationPartner partner;

    FrenchConversation(ConversationPartner partner) {
        this.partner = partner;
    }

    /** A turn served, with the model's line when one was accepted. */
    record TurnServed(Turn turn, SpokenLine line) {
    }

    static boolean isTurn(String wording) {
        return wording.startsWith(PREFIX);
    }

    /** The turn to serve now, if a dialogue goes on, or may start ({@code mayStart}) and does. */
    Optional<TurnServed> next(NextItemSpec request, long seed, boolean mayStart) {
        List<Served> history = request.history();
        Optional<Turn> turn = history.isEmpty() ? Optional.empty() : goingOn(history.get(history.size() - 1));
        if (turn.isEmpty() && mayStart && drillsSinceLastDialogue(history) >= DRILLS_BETWEEN) {
            turn = start(request, seed);
        }
        return turn.map(found -> new TurnServed(found, modelLine(found, request).orElse(null)));
    }

    /** Everything needed to show the turn again: the file's version, dialogue, turn, and the model's line id. */
    static String wording(TurnServed served) {
        String wording = PREFIX + Dialogues.VERSION + "|" + served.turn().dialogue() + "|" + served.turn().id();
        return served.line() == null ? wording : wording + "|" + served.line().id();
    }

    /** What must not come back soon: the turn (with or without a model's line). */
    static String key(TurnServed served) {
        return PREFIX + Dialogues.VERSION + "|" + served.turn().dialogue() + "|" + served.turn().id();
    }

    /** The turn a wording names, with the model's line it was shown with (when that is still kept). */
    TurnServed regenerate(String wording) {
        String[] parts = wording.split("\\|");
        SpokenLine line = parts.length > 4 ? partner.line(parts[4]).orElse(null) : null;
        return new TurnServed(turn(wording), line);
    }

    /** The turn a wording names. */
    Turn turn(String wording) {
        String[] parts = wording.split("\\|");
        return dialogues.turn(parts[2], parts[3]).orElseThrow(() -> new IllegalArgumentException("no turn " + wording));
    }

    /** The form in the learner's sentence, judged; empty when the sentence has no subject pronoun and verb to judge. */
    Optional<Diagnosis> check(Turn turn, String answer) {
        return finder.check(turn.verb(), turn.tense(), turn.doer(), answer);
    }

    /** The turn as a drill item, for what drills already know: the answer, the building block, typical mistakes. */
    static FrenchItem asItem(Turn turn) {
        return new FrenchItem(turn.verb(), turn.tense(), turn.doer(), "", "", context(turn), FrenchItem.Kind.CLOZE);
    }

    static String context(Turn turn) {
        return Dialogues.all().list().stream().filter(dialogue -> dialogue.id().equals(turn.dialogue())).findFirst()
                .map(Dialogue::context).orElseThrow();
    }

    static Dialogue dialogue(Turn turn) {
        return Dialogues.all().list().stream().filter(dialogue -> dialogue.id().equals(turn.dialogue())).findFirst().orElseThrow();
    }

    /** A full answer the learner could give: the form and the first idea ("Je suis allé au stade."). */
    String example(Turn turn) {
        String form = drill.answer(asItem(turn));
        String sentence = (turn.tense() == Tense.SUBJUNCTIVE ? "il faut que " : "") + form + " " + turn.ideas().get(0);
        return sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1) + ".";
    }

    private Optional<Turn> goingOn(Served last) {
        if (!isTurn(last.key())) {
            return Optional.empty();
        }
        String[] parts = last.key().split("\\|");
        return dialogues.turn(parts[2], parts[3]).flatMap(turn -> turn.next(last.answer()))
                .flatMap(next -> dialogues.turn(parts[2], next));
    }

    private static int drillsSinceLastDialogue(List<Served> history) {
        int drills = 0;
        for (int i = history.size() - 1; i >= 0 && !isTurn(history.get(i).key()); i--) {
            drills++;
        }
        return drills;
    }

    /** A dialogue that opens on the chosen skill, not had lately, set in the learner's interests if one is. */
    private Optional<Turn> start(NextItemSpec request, long seed) {
        FrenchSkill skill = FrenchSkill.byId(request.skillId()).orElseThrow();
        // a turn's key is the prefix, the file's version, the dialogue and the turn, joined by bars (see key)
        String ours = PREFIX + Dialogues.VERSION + "|";
        Set<String> had = request.history().stream().map(Served::key).filter(key -> key.startsWith(ours))
                .map(key -> key.substring(ours.length(), Math.max(ours.length(), key.indexOf('|', ours.length()))))
                .collect(Collectors.toSet());
        List<Dialogue> open = dialogues.list().stream().filter(dialogue -> dialogue.first().skill() == skill)
                .filter(dialogue -> request.contexts().isEmpty() || request.contexts().contains(dialogue.context()))
                .filter(dialogue -> !had.contains(dialogue.id()))
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<Dialogue> liked = open.stream().filter(dialogue -> request.interests().contains(dialogue.context())).toList();
        List<Dialogue> pool = liked.isEmpty() ? open : liked;
        return Optional.of(pool.get(new Random(seed).nextInt(pool.size())).first());
    }

    /** The model's line for the turn, when the assignment lets a model speak and its line passes the engine's check. */
    private Optional<SpokenLine> modelLine(Turn turn, NextItemSpec request) {
        if (request.modelCourse() == null) {
            return Optional.empty();
        }
        Dialogue dialogue = dialogue(turn);
        List<String> verbs = dialogue.turns().values().stream().map(one -> one.verb().infinitive()).distinct().toList();
        List<String> tenses = dialogue.turns().values().stream().map(one -> one.tense().id()).distinct().toList();
        Served last = request.history().isEmpty() ? null : request.history().get(request.history().size() - 1);
        String said = last != null && isTurn(last.key()) && last.answer() != null ? scrubbed(last.answer(), request.avoidNames()) : "";
        return partner.line(new LineOrder(dialogue.context(), dialogue.english(), turn.line(), verbs, tenses, said,
                request.modelCourse(), MODEL_WAIT, line -> formsRight(line, verbs, tenses)));
    }

    /**
     * The learner's sentence without the words of their name, emails, web addresses, numbers of
     * three digits or more, and words of six characters or more mixing letters and digits (ids).
     */
    static String scrubbed(String said, java.util.Set<String> names) {
        String text = said.replaceAll("\\S+@\\S+|\\S*https?:\\S*|(?<!\\S)(?=\\S*\\d)(?=\\S*\\p{L})\\S{6,}|\\d{3,}", "…");
        for (String name : names) {
            if (!name.isBlank()) {
                text = text.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])", "…");
            }
        }
        return text;
    }

    /**
     * Whether the line may be shown: it claims a form of at least one target verb in a target tense,
     * and every form it claims of a verb the engine conjugates (target or not) is the engine's form
     * for the person named, written in the line as claimed. Forms of verbs the engine does not know
     * are not judged.
     */
    boolean formsRight(SpokenLine line, List<String> verbs, List<String> tenses) {
        String text = line.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean target = false;
        for (SpokenLine.UsedForm used : line.forms()) {
            if (FrenchVerbs.all().find(used.verb()).isEmpty()) {
                continue;
            }
            target |= verbs.contains(used.verb()) && tenses.contains(used.tense());
            Optional<Doer> doer = Sentences.DOERS.stream().filter(one -> one.pronoun() && one.words().equals(used.person())).findFirst();
            Optional<Tense> tense = Tense.byId(used.tense());
            if (doer.isEmpty() || tense.isEmpty()) {
                return false;
            }
            String form = used.form().toLowerCase(Locale.ROOT).replace('’', '\'').strip();
            Diagnosis diagnosis = checker.check(FrenchVerbs.all().get(used.verb()), tense.get(), doer.get(), form);
            if (!diagnosis.right() || diagnosis.reason().filter(reason -> reason != Reason.MISSING_CIRCUMFLEX).isPresent()
                    || !text.contains(form)) {
                return false;
            }
        }
        return target;
    }
}
