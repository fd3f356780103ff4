package dev.deliberate.practice.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.french.FrenchChecker;
import dev.deliberate.practice.language.french.FrenchConjugator;
import dev.deliberate.practice.language.french.FrenchItem;
import dev.deliberate.practice.language.french.FrenchVerb;
import dev.deliberate.practice.language.french.FrenchVerbs;
import dev.deliberate.practice.language.french.Sentences;
import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Tense;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;

/** The French subject as the practice loop sees it, and the sentences it makes. */
class FrenchSubjectTests {

    private final FrenchSubject subject = new FrenchSubject();
    private final FrenchConjugator conjugator = new FrenchConjugator();
    private final FrenchChecker checker = new FrenchChecker();

    @Test
    void everySkillAndLevelGivesItemsThatComeBackExactlyAndAcceptTheirAnswer() {
        for (String skill : subject.curriculum().skills()) {
            for (int level : subject.curriculum().levels()) {
                PreparedItem item = subject.next(new NextItemSpec(skill, level, Set.of(), List.of(), 7L * level, Set.of()));
                PreparedItem again = subject.regenerate(item.spec());

                assertThat(again.statement()).isEqualTo(item.statement());
                assertThat(again.answer()).isEqualTo(item.answer());
                assertThat(subject.check(item.spec(), new Response(item.answer(), List.of())).verdict()).isEqualTo(Verdict.CORRECT);
            }
        }
    }

    @Test
    void everySentenceReadsRightWithItsAnswerAndEachVerbHasFiveOrMoreInEveryTense() {
        int fewest = Integer.MAX_VALUE;
        int sentences = 0;
        for (FrenchVerb verb : FrenchVerbs.all().list()) {
            assertThat(Sentences.all().rests(verb)).as(verb.name()).hasSizeGreaterThanOrEqualTo(2);
            for (Tense tense : Tense.values()) {
                Set<String> distinct = new HashSet<>();
                for (String frame : Sentences.all().frames(tense)) {
                    for (String[] rest : Sentences.all().rests(verb)) {
                        for (Doer doer : dev.deliberate.practice.language.french.FrenchItemsAccess.doers(3, tense)) {
                            FrenchItem item = new FrenchItem(verb, tense, doer, frame, rest[1], rest[0], FrenchItem.Kind.CLOZE);
                            String answer = conjugator.answer(verb, tense, doer);
                            String filled = item.filled(answer);
                            assertThat(filled).matches("^\\p{Lu}.*[^ ]\\.$").doesNotContain("  ")
                                    .doesNotContainPattern("\\bque (il|elle|on|ils|elles|un|une|Hugo)\\b")
                                    .doesNotContainPattern("\\b(de|à) les?\\b").doesNotContainPattern("\\bje [aeiouhéè]");
                            assertThat(checker.check(verb, tense, doer, answer).right()).as(filled).isTrue();
                            distinct.add(item.gapped());
                        }
                    }
                }
                sentences += distinct.size();
                fewest = Math.min(fewest, distinct.size());
            }
        }
        System.out.printf("French cloze sentences: %d different gapped sentences, at least %d per verb and tense%n", sentences, fewest);
        assertThat(fewest).isGreaterThanOrEqualTo(5);
    }

    @Test
    void twoLearnersGetDifferentOrdersAndInterestsComeUpMoreOften() {
        String skill = "french-present-irregular";
        List<String> first = sequence(skill, 1L, Set.of(), 10);
        List<String> second = sequence(skill, 2L, Set.of(), 10);
        assertThat(first).isNotEqualTo(second);

        long sportWithout = contexts(skill, 3L, Set.of(), 300).stream().filter("sport"::equals).count();
        long sportWith = contexts(skill, 3L, Set.of("sport"), 300).stream().filter("sport"::equals).count();
        assertThat(sportWith).isGreaterThan(sportWithout * 3 / 2);
    }

    @Test
    void aLongSessionKeepsVaryingOnceTheHistoryIsFull() {
        // the loop hands a subject the latest 100 items: past that, every item must still be new among them
        for (String skill : List.of("french-present-irregular", "french-compound-past-etre")) {
            List<Served> history = new ArrayList<>();
            int repeats = 0;
            for (int i = 0; i < 300; i++) {
                PreparedItem item = subject.next(new NextItemSpec(skill, 2, Set.of(), history, 11L, Set.of()));
                String key = item.key();
                if (i >= 100 && history.stream().skip(history.size() - 20).anyMatch(served -> served.key().equals(key))) {
                    repeats++;
                }
                history.add(new Served(key, item.spec().context()));
                if (history.size() > 100) {
                    history.remove(0);
                }
            }
            System.out.printf("%s: %d of items 101-300 repeat one of the 20 before%n", skill, repeats);
            assertThat(repeats).as(skill).isZero();
        }
    }

    @Test
    void aWrongAuxiliaryIsTheMisconceptionAndTheFeedbackNamesIt() {
        PreparedItem item = itemFor("french-compound-past-etre", "aller");
        String wrong = item.answer().replace("suis", "ai").replace("est", "a").replace("sont", "ont").replace("sommes", "avons")
                .replace("êtes", "avez").replace("es ", "as ");

        Checked checked = subject.check(item.spec(), new Response(wrong, List.of()));

        assertThat(checked.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(checked.misconception()).isEqualTo(Reason.WRONG_AUXILIARY.code());
        assertThat(render(checked.explanation(), Locale.ENGLISH)).contains(item.answer()).contains("aller takes être in the passé composé");
        assertThat(render(checked.explanation(), Locale.forLanguageTag("es"))).contains("aller lleva être en el passé composé");
    }

    @Test
    void aPassComposeWorkedExampleShowsTheParticipleAndAnIrregularVerbsExampleIsIrregular() {
        PreparedItem item = itemFor("french-compound-past-avoir", "prendre");

        List<dev.deliberate.practice.spi.WorkedLine> lines = subject.workedExample(item.spec());

        assertThat(lines).extracting(line -> line.reason().code()).contains("french.worked.participle");
        assertThat(lines).filteredOn(line -> line.reason().code().equals("french.worked.participle")).singleElement()
                .satisfies(line -> assertThat(render(line.reason(), Locale.ENGLISH)).isEqualTo("The past participle of prendre is pris."));
        assertThat(subject.workedExample(itemFor("french-compound-past-etre", "aller").spec()))
                .extracting(line -> line.reason().code()).contains("french.worked.participle.etre");
        for (String verb : List.of("prendre", "faire", "voir")) {
            PreparedItem irregular = itemFor("french-compound-past-avoir", verb);
            String parallelVerb = subject.parallel(irregular.spec()).spec().wording().split("\\|")[0];
            assertThat(FrenchVerbs.all().get(parallelVerb).irregular()).as("the example for " + verb + ": " + parallelVerb).isTrue();
        }
    }

    @Test
    void eachItemReviewsTheCardOfItsVerbAndTenseThroughItsKind() {
        PreparedItem item = itemFor("french-compound-past-etre", "aller");

        assertThat(subject.card(item.spec())).hasValueSatisfying(card -> {
            assertThat(card.key()).isEqualTo("verb:aller|tense:compound-past");
            assertThat(card.itemType()).isIn("CLOZE", "TRANSFORM");
        });
    }

    @Test
    void dueCardsComeFirst() {
        List<String> due = List.of("verb:savoir|tense:present");
        for (long seed = 0; seed < 20; seed++) {
            var item = new dev.deliberate.practice.language.french.FrenchItems().next(new dev.deliberate.practice.language.french.FrenchItems.Request(
                    dev.deliberate.practice.language.french.FrenchSkill.PRESENT_IRREGULAR, 2, Set.of(), Set.of(), List.of(), due, seed));
            assertThat(item.card()).isEqualTo("verb:savoir|tense:present");
        }
    }

    @Test
    void typicalMistakesAreWrongAndShowTheirMisconception() {
        PreparedItem item = itemFor("french-compound-past-etre", "aller");
        List<Response> mistakes = subject.typicalMistakes(item.spec());

        assertThat(mistakes).isNotEmpty().allMatch(mistake -> !subject.check(item.spec(), mistake).correct());
        assertThat(subject.pitfall(item.spec(), Reason.WRONG_AUXILIARY.code())).hasValueSatisfying(pitfall -> assertThat(pitfall.step())
                .as("the wrong sentence beside the right one, the worked example's last line")
                .isEqualTo(subject.workedExample(item.spec()).size() - 1));
    }

    @Test
    void aParticipleMadeRegularIsATypicalMistakeOfAnIrregularVerb() {
        PreparedItem prendre = itemFor("french-compound-past-avoir", "prendre");

        List<String> mistakes = subject.typicalMistakes(prendre.spec()).stream().map(Response::answer).toList();

        assertThat(mistakes).anyMatch(answer -> answer.endsWith("prendu"));
        assertThat(subject.pitfall(prendre.spec(), Reason.REGULARIZED_IRREGULAR.code())).isPresent();
        assertThat(subject.typicalMistakes(itemFor("french-compound-past-avoir", "ouvrir").spec())).extracting(Response::answer)
                .anyMatch(answer -> answer.endsWith("ouvri"));
        assertThat(subject.typicalMistakes(itemFor("french-compound-past-avoir", "pouvoir").spec())).extracting(Response::answer)
                .anyMatch(answer -> answer.endsWith("pouvu"));
        assertThat(subject.pitfall(itemFor("french-compound-past-avoir", "parler").spec(), Reason.REGULARIZED_IRREGULAR.code()))
                .as("a regular verb has none").isEmpty();
    }

    @Test
    void everyTextTheSubjectUsesExistsInEnglishAndSpanish() {
        List<String> codes = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            codes.add("french.reason." + reason.key());
            codes.add("french.misconception." + reason.key());
        }
        subject.curriculum().skills().forEach(skill -> codes.addAll(List.of("french.skill." + skill, "french.skill.short." + skill,
                "french.topic." + subject.curriculum().topicOf(skill))));
        subject.curriculum().contexts().forEach(context -> codes.add("french.context." + context));
        for (Tense tense : Tense.values()) {
            codes.addAll(List.of("french.tense." + tense.id(), "french.hint.rule." + tense.id(), "french.hint.block." + tense.id()));
        }
        for (String language : List.of("en", "es")) {
            ResourceBundle bundle = bundle(Locale.forLanguageTag(language));
            assertThat(codes).as(language).allMatch(bundle::containsKey);
        }
    }

    private PreparedItem itemFor(String skill, String verb) {
        for (long seed = 0; seed < 2000; seed++) {
            PreparedItem item = subject.next(new NextItemSpec(skill, 1, Set.of(), List.of(), seed, Set.of()));
            if (item.spec().wording().startsWith(verb + "|")) {
                return item;
            }
        }
        throw new AssertionError("no item for " + verb);
    }

    private List<String> sequence(String skill, long learner, Set<String> interests, int count) {
        List<Served> history = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PreparedItem item = subject.next(new NextItemSpec(skill, 2, interests, history, learner, Set.of()));
            history.add(new Served(item.key(), item.spec().context()));
            keys.add(item.key());
        }
        return keys;
    }

    private List<String> contexts(String skill, long learner, Set<String> interests, int count) {
        List<Served> history = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PreparedItem item = subject.next(new NextItemSpec(skill, 2, interests, history, learner, Set.of()));
            history.add(new Served(item.key(), item.spec().context()));
            contexts.add(item.spec().context());
        }
        return contexts;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages/french", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String render(Text text, Locale locale) {
        Map<String, String> cache = new HashMap<>();
        Object[] args = text.args().stream().map(arg -> arg instanceof Text nested ? render(nested, locale) : arg).toArray();
        cache.put(text.code(), bundle(locale).getString(text.code()));
        return new java.text.MessageFormat(cache.get(text.code()), locale).format(args);
    }
}
