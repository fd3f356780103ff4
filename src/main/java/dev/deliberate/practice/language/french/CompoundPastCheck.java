package dev.deliberate.practice.language.french;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.deliberate.practice.language.check.Finding;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * Reads a passé composé as reflexive pronoun, auxiliary and participle, and names what is wrong
 * in that order of importance: the auxiliary (avoir or être), then its person, then the
 * participle (an irregular one made regular, a form that is no participle), then the agreement
 * with être, then accents.
 */
final class CompoundPastCheck {

    private static final FrenchVerb ETRE = FrenchVerbs.all().get("être");
    private static final FrenchVerb AVOIR = FrenchVerbs.all().get("avoir");
    private static final List<String> REFLEXIVES = List.of("me", "te", "se", "nous", "vous", "se");

    private final FrenchConjugator conjugator;
    private final MistakenForms mistakes;

    CompoundPastCheck(FrenchConjugator conjugator, MistakenForms mistakes) {
        this.conjugator = conjugator;
        this.mistakes = mistakes;
    }

    /** The finding for a written passé composé, or empty when it does not read as auxiliary + participle. */
    Optional<Finding> check(FrenchVerb verb, Doer doer, String written, Set<String> right) {
        String rest = withoutReflexive(verb, doer.person(), written);
        String[] words = rest.split(" ");
        Auxiliary want = verb.compoundAuxiliary();
        if (words.length == 1) {
            return isParticiple(verb, words[0]) ? Optional.of(new Finding(Reason.MISSING_AUXILIARY, want.infinitive())) : Optional.empty();
        }
        if (words.length != 2) {
            return Optional.empty();
        }
        Optional<Person> asOther = person(want.other(), words[0]);
        if (asOther.isPresent()) {
            return Optional.of(new Finding(Reason.WRONG_AUXILIARY, want.infinitive()));
        }
        Optional<Person> asRight = person(want, words[0]);
        if (asRight.isEmpty()) {
            return otherTense(words[0]) ? Optional.of(Finding.of(Reason.WRONG_TENSE)) : Optional.empty();
        }
        if (asRight.get() != doer.person()) {
            return Optional.of(Finding.of(Reason.WRONG_PERSON));
        }
        return participle(verb, doer, words[1], right);
    }

    /**
     * After a wrong auxiliary or person, whether the participle is not the verb's either (ai allé for
     * il a choisi): then the learner is told both, not only the person.
     */
    Optional<Finding> participleToo(FrenchVerb verb, Doer doer, String written) {
        String[] words = withoutReflexive(verb, doer.person(), written).split(" ");
        return words.length != 2 || isParticiple(verb, words[1]) ? Optional.empty() : Optional.of(Finding.of(Reason.WRONG_PARTICIPLE));
    }

    private Optional<Finding> participle(FrenchVerb verb, Doer doer, String written, Set<String> right) {
        String base = conjugator.participle(verb);
        String bare = Spelling.fold(stripAgreement(written, base));
        if (bare.equals(Spelling.fold(base))) {
            return agreement(verb, doer, written, base, right);
        }
        boolean present = java.util.Arrays.stream(Person.values())
                .anyMatch(p -> Spelling.fold(conjugator.simple(verb, Tense.PRESENT, p)).equals(Spelling.fold(written)));
        boolean regular = mistakes.regularParticiples(verb).stream().map(Spelling::fold)
                .anyMatch(form -> Spelling.fold(stripAgreement(written, form)).equals(form));
        if (verb.irregular() && regular && !present) {
            return Optional.of(Finding.of(Reason.REGULARIZED_IRREGULAR));
        }
        boolean otherForm = present || regular || Spelling.fold(verb.infinitive()).equals(Spelling.fold(written));
        return Optional.of(Finding.of(otherForm ? Reason.WRONG_PARTICIPLE : Reason.UNEXPLAINED));
    }

    /** The participle has the right letters: is its agreement right, and then its accents? */
    private Optional<Finding> agreement(FrenchVerb verb, Doer doer, String written, String base, Set<String> right) {
        String wanted = right.stream().map(form -> form.substring(form.lastIndexOf(' ') + 1))
                .filter(form -> Spelling.fold(form).equals(Spelling.fold(written))).findFirst().orElse(null);
        if (wanted == null) {
            if (verb.compoundAuxiliary() == Auxiliary.AVOIR) {
                return Optional.of(new Finding(Reason.WRONG_AGREEMENT, "avoir"));
            }
            boolean shorter = written.length() < FrenchConjugator.agreed(base, doer.feminine(), doer.person().plural()).length();
            return Optional.of(Finding.of(shorter ? Reason.MISSING_AGREEMENT : Reason.WRONG_AGREEMENT));
        }
        return Accents.compare(written, wanted);
    }

    private static String stripAgreement(String written, String base) {
        for (String suffix : List.of("es", "e", "s", "")) {
            if (written.endsWith(suffix) && Spelling.fold(written.substring(0, written.length() - suffix.length())).equals(Spelling.fold(base))) {
                return written.substring(0, written.length() - suffix.length());
            }
        }
        return written;
    }

    private boolean isParticiple(FrenchVerb verb, String word) {
        String base = Spelling.fold(conjugator.participle(verb));
        return Spelling.fold(stripAgreement(word, conjugator.participle(verb))).equals(base);
    }

    private Optional<Person> person(Auxiliary auxiliary, String word) {
        List<String> forms = conjugator.present(auxiliary == Auxiliary.ETRE ? ETRE : AVOIR);
        for (Person person : Person.values()) {
            if (Spelling.fold(forms.get(person.index())).equals(Spelling.fold(word))) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    private boolean otherTense(String word) {
        for (FrenchVerb helper : List.of(ETRE, AVOIR)) {
            for (Tense tense : List.of(Tense.IMPERFECT, Tense.FUTURE, Tense.CONDITIONAL, Tense.SUBJUNCTIVE)) {
                for (Person person : Person.values()) {
                    if (Spelling.fold(conjugator.simple(helper, tense, person)).equals(Spelling.fold(word))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String withoutReflexive(FrenchVerb verb, Person person, String written) {
        if (!verb.pronominal()) {
            return written;
        }
        String reflexive = REFLEXIVES.get(person.index());
        for (String prefix : List.of(reflexive + " ", reflexive.charAt(0) + "'")) {
            if (written.startsWith(prefix)) {
                return written.substring(prefix.length());
            }
        }
        return written;
    }
}
