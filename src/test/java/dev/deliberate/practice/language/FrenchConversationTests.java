package dev.deliberate.practice.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.french.Dialogues;
import dev.deliberate.practice.language.french.Dialogues.Dialogue;
import dev.deliberate.practice.language.french.Dialogues.Turn;
import dev.deliberate.practice.language.french.FrenchSkill;
import dev.deliberate.practice.language.verb.Tense;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.SpokenLine;
import dev.deliberate.practice.spi.SpokenLine.UsedForm;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;

/** Scripted dialogues among the drills: their data, the form found in a learner's sentence, the branches, a model's line checked. */
class FrenchConversationTests {

    private static final String PC_ETRE = FrenchSkill.COMPOUND_PAST_ETRE.id();

    private final FrenchSubject subject = new FrenchSubject();
    private final FrenchConversation conversation = new FrenchConversation(dev.deliberate.practice.spi.ConversationPartner.NONE);

    @Test
    void everyTurnLeadsSomewhereRealAndItsExampleAnswerIsRight() {
        List<Dialogue> dialogues = Dialogues.all().list();
        EnumSet<Tense> tenses = EnumSet.noneOf(Tense.class);
        for (Dialogue dialogue : dialogues) {
            for (Turn turn : dialogue.turns().values()) {
                tenses.add(turn.tense());
                turn.branches().values().forEach(next -> assertThat(next.equals("end") || dialogue.turns().containsKey(next))
                        .as(dialogue.id() + " " + turn.id() + " → " + next).isTrue());
                String example = conversation.example(turn);
                assertThat(conversation.check(turn, example)).as(example).hasValueSatisfying(found -> assertThat(found.right()).isTrue());
            }
        }
        assertThat(dialogues).hasSizeGreaterThanOrEqualTo(4);
        assertThat(tenses).containsExactlyInAnyOrder(Tense.values());
    }

    @Test
    void theFormIsFoundInTheLearnersOwnSentenceAndItsMistakeNamed() {
        Turn went = Dialogues.all().turn("monday", "2").orElseThrow();

        assertThat(reason(went, "Je suis allée au stade avec Tom.")).isEmpty();
        assertThat(reason(went, "Samedi, je ne suis pas allé à la piscine !")).isEmpty();
        assertThat(reason(went, "J'ai allé au stade.")).contains(Reason.WRONG_AUXILIARY);
        assertThat(reason(went, "je suis alle au stade")).contains(Reason.MISSING_ACCENT);
        assertThat(reason(went, "Je allé au stade")).contains(Reason.MISSING_AUXILIARY);
        assertThat(conversation.check(went, "Au stade.")).isEmpty();
        Turn had = Dialogues.all().turn("cafe", "3").orElseThrow();
        assertThat(reason(had, "Non, je n'ai pas faim.")).isEmpty();
        Turn must = Dialogues.all().turn("doctor", "4").orElseThrow();
        assertThat(reason(must, "Il faut que je fasse une sieste.")).isEmpty();
        assertThat(reason(must, "Il faut que je faise une sieste.")).contains(Reason.REGULARIZED_IRREGULAR);
    }

    @Test
    void aDialogueStartsAfterTwoDrillsOnItsSkillAndTheAnswerPicksTheBranch() {
        List<Served> history = new ArrayList<>();
        history.add(drill(history.size()));
        assertThat(next(history).spec().wording()).doesNotStartWith("talk|");
        history.add(drill(history.size()));

        PreparedItem first = next(history);
        assertThat(first.spec().wording()).isEqualTo("talk|v1|holidays|1");
        assertThat(first.spec().skillId()).isEqualTo(PC_ETRE);
        assertThat(render(first.statement())).contains("tu es parti(e) où pendant les vacances").contains("partir");

        assertThat(nextAfter(history, first, "Je suis parti à la montagne.").spec().wording()).isEqualTo("talk|v1|holidays|3");
        PreparedItem sea = nextAfter(history, first, "Je suis partie à la mer avec mes parents.");
        assertThat(sea.spec().wording()).isEqualTo("talk|v1|holidays|2");
        PreparedItem last = nextAfter(history, sea, "Je suis resté une semaine.");
        assertThat(last.spec().wording()).isEqualTo("talk|v1|holidays|4");
        assertThat(subject.regenerate(last.spec())).isEqualTo(last);

        PreparedItem after = nextAfter(history, last, "Je suis rentré samedi.");
        assertThat(after.spec().wording()).as("the dialogue is over: drills again").doesNotStartWith("talk|");
        history.add(new Served(after.key(), after.spec().context()));
        history.add(drill(history.size()));
        assertThat(next(history).spec().wording()).as("a dialogue had lately does not come back").doesNotStartWith("talk|");
    }

    @Test
    void aTurnIsJudgedOnItsFormAndCountsOnItsCard() {
        PreparedItem turn = subject.regenerate(new dev.deliberate.practice.spi.ItemSpec(PC_ETRE, 2, "travel", "talk|v1|holidays|1", 5));

        Checked wrong = subject.check(turn.spec(), new Response("J'ai parti à la mer.", List.of()));
        Checked accent = subject.check(turn.spec(), new Response("Je suis parti a la mer et je suis rentre", List.of()));
        Checked nothing = subject.check(turn.spec(), new Response("À la mer !", List.of()));
        Checked right = subject.check(turn.spec(), new Response(turn.answer(), List.of()));

        assertThat(wrong.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(wrong.misconception()).isEqualTo("WRONG_AUXILIARY");
        assertThat(accent.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(nothing.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(nothing.explanation().code()).isEqualTo("french.talk.not-found");
        assertThat(right.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(subject.card(turn.spec())).hasValueSatisfying(card -> {
            assertThat(card.key()).isEqualTo("verb:partir|tense:compound-past");
            assertThat(card.itemType()).isEqualTo("CONVERSATION");
        });
        assertThat(subject.typicalMistakes(turn.spec())).isNotEmpty().allSatisfy(mistake ->
                assertThat(subject.check(turn.spec(), mistake).verdict()).as(mistake.answer()).isNotEqualTo(Verdict.CORRECT));
    }

    @Test
    void aModelsLineIsShownOnlyWhenEveryFormItClaimsIsTheEnginesAndInTheLine() {
        List<String> verbs = List.of("aller", "partir");
        List<String> tenses = List.of("compound-past");

        assertThat(conversation.formsRight(line("Tu es allé à la plage ? Moi, je suis partie à la montagne.",
                new UsedForm("aller", "compound-past", "tu", "tu es allé"), new UsedForm("partir", "compound-past", "je", "je suis partie")),
                verbs, tenses)).isTrue();
        assertThat(conversation.formsRight(line("Mon frère, il a allé à la plage.", new UsedForm("aller", "compound-past", "il", "il a allé")),
                verbs, tenses)).isFalse();
        assertThat(conversation.formsRight(line("Tu es allé où ?", new UsedForm("aller", "compound-past", "tu", "tu es parti")),
                verbs, tenses)).as("a form the line does not contain").isFalse();
        assertThat(conversation.formsRight(line("Ton frère a allé à la mer ? Tu es parti aussi ?", new UsedForm("aller", "compound-past",
                "il", "a allé"), new UsedForm("partir", "compound-past", "tu", "tu es parti")), List.of("partir"), tenses))
                .as("a wrong form of a verb the engine knows, even off target").isFalse();
        assertThat(conversation.formsRight(line("J'adore la mer. Tu es parti où ?", new UsedForm("adorer", "present", "je", "j'adore"),
                new UsedForm("partir", "compound-past", "tu", "tu es parti")), verbs, tenses))
                .as("verbs the engine does not conjugate are not judged").isTrue();
        assertThat(conversation.formsRight(line("Il faisait beau ?", new UsedForm("faire", "imperfect", "il", "il faisait")), verbs, tenses))
                .as("no form of a target verb in a target tense").isFalse();
        assertThat(FrenchConversation.scrubbed("Moi c'est Zebedee, zeb@school.example, id lti-7f3e9a21, j'ai 8 ans", Set.of("Zebedee")))
                .isEqualTo("Moi c'est …, … id … j'ai 8 ans");
    }

    private Optional<Reason> reason(Turn turn, String answer) {
        Diagnosis diagnosis = conversation.check(turn, answer).orElseThrow(() -> new AssertionError("no form found in " + answer));
        return diagnosis.right() ? Optional.empty() : diagnosis.reason();
    }

    private PreparedItem next(List<Served> history) {
        return subject.next(new NextItemSpec(PC_ETRE, 2, Set.of(), history, 11L, Set.of()));
    }

    private PreparedItem nextAfter(List<Served> history, PreparedItem turn, String answer) {
        List<Served> after = new ArrayList<>(history);
        after.add(new Served(turn.key(), turn.spec().context(), answer));
        PreparedItem next = next(after);
        history.clear();
        history.addAll(after);
        history.set(history.size() - 1, new Served(turn.key(), turn.spec().context()));
        return next;
    }

    private static Served drill(int n) {
        return new Served("aller|compound-past|" + (n % 4) + "|0|0|CLOZE", "travel");
    }

    private static SpokenLine line(String text, UsedForm... forms) {
        return new SpokenLine("", text, List.of(forms));
    }

    private static String render(Text text) {
        StringBuilder out = new StringBuilder(text.code());
        text.args().forEach(arg -> out.append(' ').append(arg instanceof Text nested ? render(nested) : arg));
        return out.toString();
    }
}
