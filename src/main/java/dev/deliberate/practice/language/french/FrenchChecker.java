package dev.deliberate.practice.language.french;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.deliberate.practice.language.check.AccentInput;
import dev.deliberate.practice.language.check.Diagnosis;
import dev.deliberate.practice.language.check.Finding;
import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * Judges a learner's conjugated form and names the reason when it is wrong. The subject pronoun,
 * when the learner writes one, is read first (with its elision); the verb is then compared with
 * the right form, with the wrong forms learners typically write ({@link MistakenForms}), and
 * letter by letter for accents ({@link Accents}). The passé composé is read as auxiliary and
 * participle ({@link CompoundPastCheck}).
 */
public final class FrenchChecker {

    private static final Set<String> PRONOUNS = Set.of("je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles");
    private static final List<String> REFLEXIVES = List.of("me", "te", "se", "nous", "vous", "se");

    private final FrenchConjugator conjugator = new FrenchConjugator();
    private final MistakenForms mistakes = new MistakenForms();
    private final CompoundPastCheck compound = new CompoundPastCheck(conjugator, mistakes);

    /** The right answer for the doer, and how the learner's answer compares with it. */
    public Diagnosis check(FrenchVerb verb, Tense tense, Doer doer, String typed) {
        String expected = conjugator.answer(verb, tense, doer);
        String answer = AccentInput.read(typed);
        if (answer.isEmpty()) {
            return Diagnosis.blank(expected);
        }
        List<Finding> findings = new ArrayList<>();
        String verbPart = doer.pronoun() ? afterPronoun(answer, doer, findings) : afterNoun(answer, doer);
        verbPart = reflexiveElided(verb, verbPart, findings);
        Optional<Finding> main = verbPart(verb, tense, doer, verbPart);
        main.ifPresent(finding -> findings.add(0, finding));
        Reason reason = main.map(Finding::reason).orElse(null);
        if (tense == Tense.COMPOUND_PAST && (reason == Reason.WRONG_PERSON || reason == Reason.WRONG_AUXILIARY)) {
            compound.participleToo(verb, doer, verbPart).ifPresent(finding -> findings.add(1, finding));
        }
        if (findings.isEmpty()) {
            // another right way to write it (je suis allée as well as allé): the learner's own form is the one shown back
            boolean another = accepted(verb, tense, doer).contains(verbPart)
                    && !verbPart.equals(conjugator.form(verb, tense, doer.person(), doer.feminine()));
            return Diagnosis.clean(!another ? expected : doer.pronoun() ? Spelling.before(doer.words(), verbPart) : verbPart);
        }
        return Diagnosis.of(findings, expected);
    }

    /** What is wrong with the verb itself (reflexive pronoun included), or nothing. */
    private Optional<Finding> verbPart(FrenchVerb verb, Tense tense, Doer doer, String written) {
        Set<String> right = accepted(verb, tense, doer);
        if (right.contains(written)) {
            return Optional.empty();
        }
        if (tense == Tense.COMPOUND_PAST) {
            Optional<Finding> found = compound.check(verb, doer, written, right);
            if (found.isPresent()) {
                return found;
            }
        }
        Map<String, Reason> wrong = mistakes.of(verb, tense, doer.person(), doer.feminine());
        Set<String> rightLetters = right.stream().map(Spelling::fold).collect(java.util.stream.Collectors.toSet());
        wrong.entrySet().removeIf(entry -> right.contains(entry.getKey())
                || entry.getValue() != Reason.SPELLING_CHANGE && rightLetters.contains(Spelling.fold(entry.getKey())));
        if (wrong.containsKey(written)) {
            return Optional.of(Finding.of(wrong.get(written)));
        }
        Optional<String> sameLetters = right.stream().filter(form -> Spelling.fold(form).equals(Spelling.fold(written))).findFirst();
        if (sameLetters.isPresent()) {
            return Accents.compare(written, sameLetters.get());
        }
        boolean plainLetters = Spelling.fold(written).equals(written);
        return wrong.entrySet().stream().filter(entry -> plainLetters && Spelling.fold(entry.getKey()).equals(written))
                .map(entry -> Finding.of(entry.getValue())).findFirst()
                .or(() -> Optional.of(Finding.of(reflexiveMissing(verb, tense, doer, written) ? Reason.MISSING_REFLEXIVE
                        : endingOnly(verb, right, written) ? Reason.WRONG_ENDING : Reason.UNEXPLAINED)));
    }

    /** Every right way to write the verb: for je, tu, nous and vous after être, either gender (and vous for one person). */
    Set<String> accepted(FrenchVerb verb, Tense tense, Doer doer) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(conjugator.form(verb, tense, doer.person(), doer.feminine()));
        if (tense == Tense.COMPOUND_PAST && doer.pronoun() && doer.person() != Person.THIRD_SINGULAR && doer.person() != Person.THIRD_PLURAL) {
            forms.add(conjugator.form(verb, tense, doer.person(), !doer.feminine()));
            if (doer.person() == Person.SECOND_PLURAL && verb.compoundAuxiliary() == Auxiliary.ETRE) {
                String participle = conjugator.participle(verb);
                String prefix = verb.pronominal() ? "vous êtes " : "êtes ";
                forms.add(prefix + participle);
                forms.add(prefix + participle + "e");
            }
        }
        if ((tense == Tense.FUTURE || tense == Tense.CONDITIONAL) && verb.change() == StemChange.ACUTE) {
            forms.add(conjugator.form(verb, tense, doer.person(), doer.feminine()).replaceFirst("é(?=[^é]*er[a-z]*$)", "è"));
        }
        return forms;
    }

    private String afterPronoun(String answer, Doer doer, List<Finding> findings) {
        String pronoun;
        String rest;
        if (answer.startsWith("j'")) {
            pronoun = "je";
            rest = answer.substring(2);
            if (!Spelling.startsWithVowelSound(rest)) {
                findings.add(new Finding(Reason.ELISION, "je"));
            }
        }
        else {
            int space = answer.indexOf(' ');
            String first = space < 0 ? answer : answer.substring(0, space);
            if (!PRONOUNS.contains(first) || space < 0) {
                return answer;
            }
            pronoun = first;
            rest = answer.substring(space + 1);
            if (Spelling.ELIDING.contains(pronoun) && Spelling.startsWithVowelSound(rest)) {
                findings.add(new Finding(Reason.ELISION, pronoun));
            }
        }
        if (!samePerson(pronoun, doer)) {
            findings.add(new Finding(Reason.WRONG_PERSON, doer.words()));
        }
        return rest;
    }

    private static boolean samePerson(String pronoun, Doer doer) {
        String want = doer.words();
        return pronoun.equals(want) || (want.equals("il") || want.equals("elle")) && (pronoun.equals("il") || pronoun.equals("elle")
                || pronoun.equals("on")) || (want.equals("ils") || want.equals("elles")) && (pronoun.equals("ils") || pronoun.equals("elles"));
    }

    private static String afterNoun(String answer, Doer doer) {
        String noun = AccentInput.read(doer.words());
        return answer.startsWith(noun + " ") ? answer.substring(noun.length() + 1) : answer;
    }

    /** me, te, se elided as the learner should have (me habille → m'habille), the slip noted. */
    private static String reflexiveElided(FrenchVerb verb, String written, List<Finding> findings) {
        if (!verb.pronominal()) {
            return written;
        }
        for (String reflexive : List.of("me", "te", "se")) {
            String rest;
            if (written.startsWith(reflexive + " ") && Spelling.startsWithVowelSound(rest = written.substring(3))) {
                findings.add(new Finding(Reason.ELISION, reflexive));
                return reflexive.charAt(0) + "'" + rest;
            }
            if (written.startsWith(reflexive.charAt(0) + "'") && !Spelling.startsWithVowelSound(rest = written.substring(2))) {
                findings.add(new Finding(Reason.ELISION, reflexive));
                return reflexive + " " + rest;
            }
        }
        return written;
    }

    private boolean reflexiveMissing(FrenchVerb verb, Tense tense, Doer doer, String written) {
        if (!verb.pronominal()) {
            return false;
        }
        String reflexive = REFLEXIVES.get(doer.person().index());
        return accepted(verb, tense, doer).stream().anyMatch(form -> Spelling.fold(form).equals(Spelling.fold(
                Spelling.before(reflexive, written))));
    }

    /**
     * Whether the answer keeps the stem and changes only the ending: the stem of a regular verb, or
     * the right form but for its last two letters.
     */
    private static boolean endingOnly(FrenchVerb verb, Set<String> right, String written) {
        if (!verb.irregular() && !verb.pronominal() && !written.contains(" ")
                && Spelling.fold(written).startsWith(Spelling.fold(FrenchConjugator.stem(verb)))) {
            return true;
        }
        return right.stream().anyMatch(form -> {
            String stem = form.substring(0, Math.max(1, form.length() - 2));
            return written.startsWith(stem) && !written.contains(" ") == !form.contains(" ");
        });
    }
}
