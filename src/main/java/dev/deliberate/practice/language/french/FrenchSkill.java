package dev.deliberate.practice.language.french;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.deliberate.practice.language.verb.Tense;

/**
 * What a French assignment practises: one tense with one kind of verb. Regular and irregular
 * verbs are separate skills because they fail differently (a rule applied, or a form recalled);
 * the passé composé splits by auxiliary, because choosing être and making the participle agree is
 * a skill of its own.
 */
public enum FrenchSkill {
    PRESENT_REGULAR("french-present-regular", Tense.PRESENT, verb -> !verb.irregular()),
    PRESENT_IRREGULAR("french-present-irregular", Tense.PRESENT, FrenchVerb::irregular),
    COMPOUND_PAST_AVOIR("french-compound-past-avoir", Tense.COMPOUND_PAST, verb -> verb.compoundAuxiliary() == Auxiliary.AVOIR),
    COMPOUND_PAST_ETRE("french-compound-past-etre", Tense.COMPOUND_PAST, verb -> verb.compoundAuxiliary() == Auxiliary.ETRE),
    IMPERFECT("french-imperfect", Tense.IMPERFECT, verb -> true),
    FUTURE_REGULAR("french-future-regular", Tense.FUTURE, verb -> verb.futureStem() == null),
    FUTURE_IRREGULAR("french-future-irregular", Tense.FUTURE, verb -> verb.futureStem() != null),
    CONDITIONAL("french-conditional", Tense.CONDITIONAL, verb -> true),
    SUBJUNCTIVE_REGULAR("french-subjunctive-regular", Tense.SUBJUNCTIVE, verb -> !verb.irregular()),
    SUBJUNCTIVE_IRREGULAR("french-subjunctive-irregular", Tense.SUBJUNCTIVE, FrenchVerb::irregular);

    private final String id;
    private final Tense tense;
    private final Predicate<FrenchVerb> verbs;

    FrenchSkill(String id, Tense tense, Predicate<FrenchVerb> verbs) {
        this.id = id;
        this.tense = tense;
        this.verbs = verbs;
    }

    public String id() {
        return id;
    }

    public Tense tense() {
        return tense;
    }

    /** The verbs this skill is practised on, in the data's order. */
    public List<FrenchVerb> verbs() {
        return FrenchVerbs.all().list().stream().filter(verbs).toList();
    }

    /** The skills that come first: the présent of irregular verbs before any tense built on avoir, être or a stem. */
    public List<FrenchSkill> prerequisites() {
        return switch (this) {
            case PRESENT_REGULAR, PRESENT_IRREGULAR -> List.of();
            case COMPOUND_PAST_AVOIR, COMPOUND_PAST_ETRE, SUBJUNCTIVE_REGULAR, IMPERFECT -> List.of(PRESENT_IRREGULAR);
            case FUTURE_REGULAR -> List.of(PRESENT_REGULAR);
            case FUTURE_IRREGULAR -> List.of(FUTURE_REGULAR);
            case CONDITIONAL -> List.of(FUTURE_IRREGULAR);
            case SUBJUNCTIVE_IRREGULAR -> List.of(SUBJUNCTIVE_REGULAR);
        };
    }

    /** The topic a teacher sees a need under: the tense, and for the passé composé the auxiliary. */
    public String topic() {
        return this == COMPOUND_PAST_ETRE ? "compound-past-etre" : tense.id();
    }

    public static Optional<FrenchSkill> byId(String id) {
        return Arrays.stream(values()).filter(skill -> skill.id.equals(id)).findFirst();
    }
}
