package dev.deliberate.practice.language.french;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.deliberate.practice.language.check.Reason;
import dev.deliberate.practice.language.verb.Tense;

/**
 * What the practice loop needs of an item beyond the checker: its answer, the présent sentence a
 * transform item starts from, the stem or auxiliary a hint may name, and the wrong answers
 * learners typically give (for simulated learners and for showing a misconception on it).
 */
public final class FrenchDrill {

    private final FrenchConjugator conjugator = new FrenchConjugator();
    private final MistakenForms mistakes = new MistakenForms();

    public String answer(FrenchItem item) {
        return conjugator.answer(item.verb(), item.tense(), item.doer());
    }

    /** The same sentence in the présent, for an item that asks to put it into the passé composé. */
    public String presentSentence(FrenchItem item) {
        int frame = Sentences.all().frames(item.tense()).indexOf(item.frame());
        List<String> present = Sentences.all().frames(Tense.PRESENT);
        return new FrenchItem(item.verb(), Tense.PRESENT, item.doer(), present.get(Math.max(frame, 0) % present.size()), item.rest(),
                item.context(), item.kind()).filled(conjugator.answer(item.verb(), Tense.PRESENT, item.doer()));
    }

    /** What a hint names: the auxiliary for the passé composé, otherwise the stem the tense is built on. */
    public String buildingBlock(FrenchItem item) {
        FrenchVerb verb = item.verb();
        return switch (item.tense()) {
            case COMPOUND_PAST -> verb.compoundAuxiliary().infinitive();
            case FUTURE, CONDITIONAL -> conjugator.futureStem(verb) + "-";
            case IMPERFECT -> conjugator.imperfectStem(verb) + "-";
            case SUBJUNCTIVE -> verb.subjunctive() != null ? verb.subjunctive().get(0).replaceAll("e$", "") + "-"
                    : conjugator.simple(verb, Tense.SUBJUNCTIVE, item.doer().person()).replaceAll("(e|es|ent|ions|iez)$", "") + "-";
            case PRESENT -> verb.name();
        };
    }

    /** The past participle as the answer writes it (agreed with être), for a passé composé item. */
    public String participle(FrenchItem item) {
        String answer = answer(item);
        return answer.substring(answer.lastIndexOf(' ') + 1);
    }

    /** Typical wrong answers, as the learner would type them, each with its reason; a plain slip last. */
    public Map<String, Reason> typicalMistakes(FrenchItem item) {
        Map<String, Reason> typical = new java.util.LinkedHashMap<>();
        if (item.tense() == Tense.COMPOUND_PAST) {
            typical.put(withSubject(item, conjugator.compound(item.verb(), item.doer().person(), item.doer().feminine(),
                    item.verb().compoundAuxiliary().other())), Reason.WRONG_AUXILIARY);
            regularizedParticiple(item.verb()).ifPresent(participle -> {
                String right = conjugator.form(item.verb(), item.tense(), item.doer().person(), item.doer().feminine());
                typical.put(withSubject(item, right.substring(0, right.lastIndexOf(' ') + 1) + participle), Reason.REGULARIZED_IRREGULAR);
            });
        }
        List<Map.Entry<String, Reason>> wrong = new ArrayList<>(mistakes.of(item.verb(), item.tense(), item.doer().person(),
                item.doer().feminine()).entrySet());
        String right = conjugator.form(item.verb(), item.tense(), item.doer().person(), item.doer().feminine());
        wrong.stream().filter(entry -> !Spelling.fold(entry.getKey()).equals(Spelling.fold(right))).limit(4)
                .forEach(entry -> typical.putIfAbsent(withSubject(item, entry.getKey()), entry.getValue()));
        String unaccented = Spelling.fold(right);
        if (!unaccented.equals(right)) {
            typical.putIfAbsent(withSubject(item, unaccented), Reason.MISSING_ACCENT);
        }
        return typical;
    }

    /**
     * The participle learners build for an irregular verb as if it were regular, where one comes
     * naturally: j'ai prendu, mettu; ouvri, offri; pouvu, devu, savu, recevu.
     */
    private Optional<String> regularizedParticiple(FrenchVerb verb) {
        String infinitive = verb.infinitive();
        String stem = FrenchConjugator.stem(verb);
        String built = infinitive.endsWith("oir") ? infinitive.substring(0, infinitive.length() - 3) + "u"
                : infinitive.endsWith("ir") && "aeiouyéèêîï".indexOf(stem.charAt(stem.length() - 1)) < 0 ? stem + "i"
                : infinitive.endsWith("re") && (stem.endsWith("d") || stem.endsWith("tt")) ? stem + "u" : null;
        return verb.irregular() && built != null && !built.equals(conjugator.participle(verb)) ? Optional.of(built) : Optional.empty();
    }

    private static String withSubject(FrenchItem item, String form) {
        return item.doer().pronoun() ? Spelling.before(item.doer().words(), form) : form;
    }
}
