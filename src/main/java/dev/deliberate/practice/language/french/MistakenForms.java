package dev.deliberate.practice.language.french;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * The wrong forms a learner typically writes for one verb, tense and person, each with its
 * reason: the engine's rules applied the wrong way (an irregular verb made regular, a stem of
 * another person, a spelling change missed), another person, another tense. The first reason
 * given to a form wins, so the more specific ones are added first.
 */
final class MistakenForms {

    private static final List<String> PRESENT_ENDINGS = List.of("ons", "ez", "ent", "nt", "es", "s", "x", "t", "d", "e");
    private static final List<List<String>> REGULAR_PRESENT = List.of(List.of("s", "x", "e"), List.of("s", "x", "es"),
            List.of("t", "d", "e"), List.of("ons"), List.of("ez"), List.of("ent"));
    private static final List<String> IMPERFECT = List.of("ais", "ais", "ait", "ions", "iez", "aient");
    private static final List<String> SUBJUNCTIVE = List.of("e", "es", "e", "ions", "iez", "ent");

    private final FrenchConjugator conjugator = new FrenchConjugator();
    private final FrenchConjugator unsoftened = FrenchConjugator.withoutSoftening();

    /** Wrong forms (with the reflexive pronoun, without the subject) and why each is wrong. */
    Map<String, Reason> of(FrenchVerb verb, Tense tense, Person person, boolean feminine) {
        Map<String, Reason> forms = new LinkedHashMap<>();
        if (tense != Tense.COMPOUND_PAST) {
            spellingChanges(verb, tense, person).forEach(form -> add(forms, verb, person, form, Reason.SPELLING_CHANGE));
            for (Person other : Person.values()) {
                add(forms, verb, person, conjugator.simple(verb, tense, other), Reason.WRONG_PERSON);
            }
        }
        for (Tense other : Tense.values()) {
            forms.putIfAbsent(conjugator.form(verb, other, person, feminine), Reason.WRONG_TENSE);
        }
        if (tense != Tense.COMPOUND_PAST && verb.irregular()) {
            regularized(verb, tense, person).forEach(form -> add(forms, verb, person, form, Reason.REGULARIZED_IRREGULAR));
            stemSwaps(verb, tense, person).forEach(form -> add(forms, verb, person, form, Reason.WRONG_STEM));
        }
        return forms;
    }

    /** Past participles a learner builds by a regular rule: prendu, mettu, faisé, ouvri. */
    List<String> regularParticiples(FrenchVerb verb) {
        String infinitive = verb.infinitive();
        String nousStem = conjugator.imperfectStem(verb);
        String stem = FrenchConjugator.stem(verb);
        List<String> built = new java.util.ArrayList<>(List.of(stem + "é", stem + "i", stem + "u", nousStem + "é", nousStem + "i",
                nousStem + "u"));
        if (infinitive.endsWith("oir")) {
            built.add(infinitive.substring(0, infinitive.length() - 3) + "u");
        }
        if (infinitive.endsWith("re")) {
            built.add(infinitive.substring(0, infinitive.length() - 2) + "u");
        }
        built.removeIf(form -> form.equals(conjugator.participle(verb)));
        return built;
    }

    private void add(Map<String, Reason> forms, FrenchVerb verb, Person person, String simple, Reason reason) {
        String form = verb.pronominal() ? Spelling.before(List.of("me", "te", "se", "nous", "vous", "se").get(person.index()), simple)
                : simple;
        forms.putIfAbsent(form, reason);
    }

    private List<String> spellingChanges(FrenchVerb verb, Tense tense, Person person) {
        if (verb.group() != Group.ER) {
            return List.of();
        }
        List<String> forms = new java.util.ArrayList<>();
        forms.add(unsoftened.simple(verb, tense, person));
        if (verb.change() != StemChange.NONE) {
            forms.add(conjugator.simple(withChange(verb, StemChange.NONE), tense, person));
            String changed = verb.change().apply(FrenchConjugator.stem(verb));
            forms.add(switch (tense) {
                case PRESENT -> changed + List.of("e", "es", "e", "ons", "ez", "ent").get(person.index());
                case IMPERFECT -> changed + IMPERFECT.get(person.index());
                case SUBJUNCTIVE -> changed + SUBJUNCTIVE.get(person.index());
                default -> conjugator.simple(verb, tense, person);
            });
        }
        return forms;
    }

    private List<String> regularized(FrenchVerb verb, Tense tense, Person person) {
        List<String> forms = new java.util.ArrayList<>();
        String infinitive = verb.infinitive();
        Group model = infinitive.endsWith("er") ? Group.ER : infinitive.endsWith("ir") ? Group.IR : infinitive.endsWith("re") ? Group.RE : null;
        if (model != null) {
            forms.add(conjugator.simple(regular(verb, model), tense, person));
        }
        if (tense == Tense.FUTURE || tense == Tense.CONDITIONAL) {
            String stem = infinitive.endsWith("re") ? infinitive.substring(0, infinitive.length() - 1) : infinitive;
            forms.add(stem + (tense == Tense.FUTURE ? List.of("ai", "as", "a", "ons", "ez", "ont") : IMPERFECT).get(person.index()));
        }
        if (tense == Tense.SUBJUNCTIVE && verb.subjunctive() != null) {
            FrenchVerb ruled = new FrenchVerb(infinitive, false, verb.group(), verb.auxiliary(), verb.change(), verb.present(),
                    verb.participle(), verb.futureStem(), null, verb.imperfectStem(), "", "");
            forms.add(conjugator.simple(ruled, tense, person));
            forms.add(conjugator.imperfectStem(verb) + SUBJUNCTIVE.get(person.index()));
        }
        return forms;
    }

    /** The verb's own stems, from its présent and this tense, with the regular ending of the person asked. */
    private List<String> stemSwaps(FrenchVerb verb, Tense tense, Person person) {
        List<String> stems = new java.util.ArrayList<>();
        for (Person other : Person.values()) {
            stems.add(stemOf(conjugator.present(verb).get(other.index())));
            if (tense == Tense.SUBJUNCTIVE) {
                stems.add(conjugator.simple(verb, tense, other).replaceAll("(e|es|ent|ions|iez)$", ""));
            }
        }
        List<String> endings = switch (tense) {
            case PRESENT -> REGULAR_PRESENT.get(person.index());
            case IMPERFECT -> List.of(IMPERFECT.get(person.index()));
            case SUBJUNCTIVE -> List.of(SUBJUNCTIVE.get(person.index()));
            default -> List.of();
        };
        return stems.stream().distinct().flatMap(stem -> endings.stream().map(ending -> stem + ending)).toList();
    }

    private static String stemOf(String form) {
        return PRESENT_ENDINGS.stream().filter(ending -> form.endsWith(ending) && form.length() > ending.length() + 1).findFirst()
                .map(ending -> form.substring(0, form.length() - ending.length())).orElse(form);
    }

    private static FrenchVerb regular(FrenchVerb verb, Group model) {
        return new FrenchVerb(verb.infinitive(), false, model, verb.auxiliary(), StemChange.NONE, null, null, null, null, null, "", "");
    }

    private static FrenchVerb withChange(FrenchVerb verb, StemChange change) {
        return new FrenchVerb(verb.infinitive(), false, verb.group(), verb.auxiliary(), change, verb.present(), verb.participle(),
                verb.futureStem(), verb.subjunctive(), verb.imperfectStem(), "", "");
    }
}
