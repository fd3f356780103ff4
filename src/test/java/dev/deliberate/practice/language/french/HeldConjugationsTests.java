package dev.deliberate.practice.language.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * The conjugator's rules against full conjugations written out by hand ({@code held-conjugations.txt}):
 * every verb the engine knows, every tense, every person.
 */
class HeldConjugationsTests {

    private final FrenchConjugator conjugator = new FrenchConjugator();

    @Test
    void everyFormOfEveryVerbAgreesWithTheHeldTable() throws IOException {
        List<String> disagreements = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        int forms = 0;
        for (String line : heldLines()) {
            String[] parts = line.split("\\|");
            FrenchVerb verb = FrenchVerbs.all().get(parts[0]);
            Tense tense = Tense.byId(parts[1]).orElseThrow();
            List<String> held = List.of(parts[2].split(","));
            List<String> engine = conjugator.table(verb, tense);
            for (int i = 0; i < 6; i++) {
                forms++;
                if (!held.get(i).equals(engine.get(i))) {
                    disagreements.add(parts[0] + " " + parts[1] + " " + Person.at(i) + ": held " + held.get(i) + ", engine " + engine.get(i));
                }
            }
            covered.add(verb.infinitive() + "|" + tense);
        }
        int verbs = FrenchVerbs.all().list().size();
        System.out.printf("French conjugation engine against the held table: %d verbs, %d forms, %d agree (%.1f%%)%n", verbs, forms,
                forms - disagreements.size(), 100.0 * (forms - disagreements.size()) / forms);
        assertThat(disagreements).isEmpty();
        assertThat(covered).hasSize(verbs * Tense.values().length);
        assertThat(verbs).isGreaterThanOrEqualTo(60);
    }

    @Test
    void participlesAgreeWithAFeminineOrPluralDoerOnlyAfterEtre() {
        assertThat(conjugator.form(FrenchVerbs.all().get("aller"), Tense.COMPOUND_PAST, Person.THIRD_SINGULAR, true)).isEqualTo("est allée");
        assertThat(conjugator.form(FrenchVerbs.all().get("aller"), Tense.COMPOUND_PAST, Person.THIRD_PLURAL, true)).isEqualTo("sont allées");
        assertThat(conjugator.form(FrenchVerbs.all().get("se lever"), Tense.COMPOUND_PAST, Person.THIRD_SINGULAR, true))
                .isEqualTo("s'est levée");
        assertThat(conjugator.form(FrenchVerbs.all().get("prendre"), Tense.COMPOUND_PAST, Person.THIRD_PLURAL, true)).isEqualTo("ont pris");
        assertThat(conjugator.form(FrenchVerbs.all().get("naître"), Tense.COMPOUND_PAST, Person.FIRST_PLURAL, true))
                .isEqualTo("sommes nées");
    }

    @Test
    void aSubjectPronounIsElidedBeforeAVowelOrASilentH() {
        var je = new dev.deliberate.practice.language.verb.Doer(Person.FIRST_SINGULAR, false, "je", true);
        assertThat(conjugator.answer(FrenchVerbs.all().get("avoir"), Tense.PRESENT, je)).isEqualTo("j'ai");
        assertThat(conjugator.answer(FrenchVerbs.all().get("habiter"), Tense.IMPERFECT, je)).isEqualTo("j'habitais");
        assertThat(conjugator.answer(FrenchVerbs.all().get("aller"), Tense.COMPOUND_PAST, je)).isEqualTo("je suis allé");
        assertThat(conjugator.answer(FrenchVerbs.all().get("s'habiller"), Tense.PRESENT, je)).isEqualTo("je m'habille");
    }

    private static List<String> heldLines() throws IOException {
        try (var in = Objects.requireNonNull(HeldConjugationsTests.class.getResourceAsStream("/language/french/held-conjugations.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
