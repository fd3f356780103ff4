package dev.deliberate.practice.language.french;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Finding;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.verb.Tense;

/** Right answers the checker must accept, and what it shows with them. */
class FrenchCheckerTests {

    private final FrenchChecker checker = new FrenchChecker();

    private Diagnosis check(String verb, Tense tense, String doer, String answer) {
        return checker.check(FrenchVerbs.all().get(verb), tense, LabelledMistakesTests.doer(doer), answer);
    }

    @Test
    void accentsTypedWithTheConventionCountAsAccents() {
        assertThat(check("aller", Tense.COMPOUND_PAST, "elle", "elle est alle'e").findings()).isEmpty();
        assertThat(check("se lever", Tense.PRESENT, "je", "je me le`ve").right()).isTrue();
        assertThat(check("commencer", Tense.PRESENT, "nous", "nous commenc,ons").right()).isTrue();
        assertThat(check("être", Tense.PRESENT, "vous", "vous e^tes").findings()).isEmpty();
    }

    @Test
    void whoSpeaksAboutThemselvesMayAgreeEitherWay() {
        assertThat(check("aller", Tense.COMPOUND_PAST, "je", "je suis allée").right()).isTrue();
        assertThat(check("aller", Tense.COMPOUND_PAST, "je", "je suis allé").right()).isTrue();
        assertThat(check("partir", Tense.COMPOUND_PAST, "vous", "vous êtes parti").right()).isTrue();
        assertThat(check("partir", Tense.COMPOUND_PAST, "Léa@3f", "est parti").right()).isFalse();
        assertThat(check("aller", Tense.COMPOUND_PAST, "je", "je suis allée").expected()).as("her own form is shown back")
                .isEqualTo("je suis allée");
        assertThat(check("sortir", Tense.COMPOUND_PAST, "nous", "sommes sorties").expected()).isEqualTo("nous sommes sorties");
        assertThat(check("aller", Tense.COMPOUND_PAST, "je", "je suis allé").expected()).isEqualTo("je suis allé");
    }

    @Test
    void anotherVerbsParticipleIsNamedBesideTheWrongPerson() {
        Diagnosis otherVerb = check("choisir", Tense.COMPOUND_PAST, "il", "ai allé");
        assertThat(otherVerb.findings()).extracting(Finding::reason).containsExactly(Reason.WRONG_PERSON, Reason.WRONG_PARTICIPLE);
        assertThat(check("suivre", Tense.COMPOUND_PAST, "elle", "as oublie").findings()).extracting(Finding::reason)
                .containsExactly(Reason.WRONG_PERSON, Reason.WRONG_PARTICIPLE);
        assertThat(check("choisir", Tense.COMPOUND_PAST, "il", "ai choisi").findings()).extracting(Finding::reason)
                .as("only the person when the participle is the verb's").containsExactly(Reason.WRONG_PERSON);
        assertThat(check("aller", Tense.COMPOUND_PAST, "il", "il a allé").findings()).extracting(Finding::reason)
                .containsExactly(Reason.WRONG_AUXILIARY);
    }

    @Test
    void theSubjectPronounMayBeLeftOutButNotWrong() {
        assertThat(check("avoir", Tense.PRESENT, "je", "ai").right()).isTrue();
        assertThat(check("avoir", Tense.PRESENT, "je", "tu ai").reason()).contains(Reason.WRONG_PERSON);
    }

    @Test
    void aMissingCircumflexIsAcceptedWithItsSpellingShown() {
        Diagnosis diagnosis = check("connaître", Tense.PRESENT, "il", "il connait");

        assertThat(diagnosis.right()).isTrue();
        assertThat(diagnosis.reason()).contains(Reason.MISSING_CIRCUMFLEX);
        assertThat(diagnosis.expected()).isEqualTo("il connaît");
    }

    @Test
    void theReformedSpellingOfTheFutureOfPreferIsRight() {
        assertThat(check("préférer", Tense.FUTURE, "je", "je préfèrerai").right()).isTrue();
        assertThat(check("préférer", Tense.FUTURE, "je", "je préférerai").right()).isTrue();
    }

    @Test
    void anElisionSlipIsNamedBesideTheVerbsOwnMistake() {
        Diagnosis diagnosis = check("aller", Tense.COMPOUND_PAST, "je", "je ai allé");

        assertThat(diagnosis.findings()).extracting(f -> f.reason()).containsExactly(Reason.WRONG_AUXILIARY, Reason.ELISION);
        assertThat(diagnosis.expected()).isEqualTo("je suis allé");
    }

    @Test
    void nothingWrittenIsNeitherRightNorAMistake() {
        assertThat(check("aller", Tense.PRESENT, "je", "  ").empty()).isTrue();
    }
}
