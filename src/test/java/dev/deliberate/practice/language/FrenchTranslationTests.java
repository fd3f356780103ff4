package dev.deliberate.practice.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.language.french.FormInSentence;
import dev.deliberate.practice.language.french.FrenchSkill;
import dev.deliberate.practice.language.french.Translations;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Served;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Verdict;

/** Sentences to translate from English or Spanish: the data, how often they come, how they are judged. */
class FrenchTranslationTests {

    private final FrenchSubject subject = new FrenchSubject();

    @Test
    void everyFrenchSentenceUsesItsFormAndEverySkillHasTwo() {
        FormInSentence finder = new FormInSentence();
        for (Translations.Prompt prompt : Translations.all().list()) {
            assertThat(finder.check(prompt.verb(), prompt.tense(), prompt.doer(), prompt.french())).as(prompt.french())
                    .hasValueSatisfying(found -> assertThat(found.right()).isTrue());
        }
        EnumSet<FrenchSkill> skills = EnumSet.noneOf(FrenchSkill.class);
        for (FrenchSkill skill : FrenchSkill.values()) {
            if (Translations.all().of(skill).size() >= 2) {
                skills.add(skill);
            }
        }
        assertThat(skills).containsExactlyInAnyOrder(FrenchSkill.values());
    }

    @Test
    void fromLevelTwoSomeItemsAreTranslationsJudgedOnTheirForm() {
        List<PreparedItem> translations = new ArrayList<>();
        for (long seed = 0; seed < 200 && translations.isEmpty(); seed++) {
            PreparedItem item = subject.next(new NextItemSpec(FrenchSkill.COMPOUND_PAST_ETRE.id(), 2, Set.of(), List.of(), seed, Set.of()));
            if (item.spec().wording().startsWith("tr|")) {
                translations.add(item);
            }
            assertThat(subject.next(new NextItemSpec(FrenchSkill.COMPOUND_PAST_ETRE.id(), 1, Set.of(), List.of(), seed, Set.of()))
                    .spec().wording()).doesNotStartWith("tr|");
        }
        PreparedItem item = translations.get(0);
        assertThat(subject.regenerate(item.spec())).isEqualTo(item);
        assertThat(item.statement().code()).isEqualTo("french.translate.item");
        assertThat(subject.check(item.spec(), new Response(item.answer(), List.of())).verdict()).isEqualTo(Verdict.CORRECT);
        Checked wrong = subject.check(item.spec(), new Response(item.answer().replaceFirst("(suis|est|sont)", "a"), List.of()));
        assertThat(wrong.verdict()).isEqualTo(Verdict.MISTAKE);
        assertThat(wrong.misconception()).isEqualTo("WRONG_AUXILIARY");
        assertThat(subject.card(item.spec())).hasValueSatisfying(card -> assertThat(card.itemType()).isEqualTo("TRANSLATE"));
        List<Served> had = List.of(new Served(item.key(), item.spec().context()));
        assertThat(subject.next(new NextItemSpec(FrenchSkill.COMPOUND_PAST_ETRE.id(), 2, Set.of(), had, 0, Set.of())).key())
                .isNotEqualTo(item.key());
    }
}
