package dev.deliberate.practice.language.french;

import java.util.ArrayList;
import java.util.List;

import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * Conjugates French verbs by rule: the three regular models with their spelling changes, an
 * irregular verb's own présent, participle and stems where it has them, and the rules that build
 * every other tense from those (imparfait from nous, subjonctif from ils and nous, futur and
 * conditionnel from one stem, passé composé from an auxiliary and the participle).
 */
public final class FrenchConjugator {

    private static final List<String> ER = List.of("e", "es", "e", "ons", "ez", "ent");
    private static final List<String> IR = List.of("is", "is", "it", "issons", "issez", "issent");
    private static final List<String> RE = List.of("s", "s", "", "ons", "ez", "ent");
    private static final List<String> IMPERFECT = List.of("ais", "ais", "ait", "ions", "iez", "aient");
    private static final List<String> FUTURE = List.of("ai", "as", "a", "ons", "ez", "ont");
    private static final List<String> SUBJUNCTIVE = List.of("e", "es", "e", "ions", "iez", "ent");
    private static final List<String> REFLEXIVE = List.of("me", "te", "se", "nous", "vous", "se");
    private static final List<String> PRONOUNS = List.of("je", "tu", "il", "nous", "vous", "ils");
    private static final FrenchVerb ETRE = FrenchVerbs.all().get("être");
    private static final FrenchVerb AVOIR = FrenchVerbs.all().get("avoir");

    private final boolean soften;

    /** The conjugator of correct French. */
    public FrenchConjugator() {
        this(true);
    }

    private FrenchConjugator(boolean soften) {
        this.soften = soften;
    }

    /** A conjugator that forgets ç and ge before a and o (nous mangons): the checker's model of a slip. */
    static FrenchConjugator withoutSoftening() {
        return new FrenchConjugator(false);
    }

    /** The six forms of a tense, masculine, with the reflexive pronoun but no subject: {@code me lève}. */
    public List<String> table(FrenchVerb verb, Tense tense) {
        List<String> forms = new ArrayList<>();
        for (Person person : Person.values()) {
            forms.add(form(verb, tense, person, false));
        }
        return forms;
    }

    /** One form with the reflexive pronoun, if any, and the participle agreed: {@code s'est levée}. */
    public String form(FrenchVerb verb, Tense tense, Person person, boolean feminine) {
        String form = tense == Tense.COMPOUND_PAST ? compound(verb, person, feminine, verb.compoundAuxiliary())
                : simple(verb, tense, person);
        return verb.pronominal() ? Spelling.before(REFLEXIVE.get(person.index()), form) : form;
    }

    /** What the learner writes for a doer: the subject pronoun too when the doer is one (j'ai, je me lève). */
    public String answer(FrenchVerb verb, Tense tense, Doer doer) {
        String form = form(verb, tense, doer.person(), doer.feminine());
        return doer.pronoun() ? Spelling.before(doer.words(), form) : form;
    }

    /** The subject pronoun of a person ({@code il}, {@code elle}, …). */
    public static String pronoun(Person person, boolean feminine) {
        String pronoun = PRONOUNS.get(person.index());
        return feminine && pronoun.startsWith("il") ? pronoun.replace("il", "elle") : pronoun;
    }

    /** The passé composé with a given auxiliary (the learner's may be the wrong one), participle agreed with être. */
    String compound(FrenchVerb verb, Person person, boolean feminine, Auxiliary auxiliary) {
        FrenchVerb helper = auxiliary == Auxiliary.ETRE ? ETRE : AVOIR;
        String participle = participle(verb);
        if (auxiliary == Auxiliary.ETRE) {
            participle = agreed(participle, feminine, person.plural());
        }
        return present(helper).get(person.index()) + " " + participle;
    }

    /** A participle agreeing in gender and number. */
    static String agreed(String participle, boolean feminine, boolean plural) {
        String agreed = feminine ? participle + "e" : participle;
        return plural && !agreed.endsWith("s") ? agreed + "s" : agreed;
    }

    /** The past participle, masculine singular. */
    public String participle(FrenchVerb verb) {
        if (verb.participle() != null) {
            return verb.participle();
        }
        return stem(verb) + switch (verb.group()) {
            case ER -> "é";
            case IR -> "i";
            default -> "u";
        };
    }

    String simple(FrenchVerb verb, Tense tense, Person person) {
        int i = person.index();
        return switch (tense) {
            case PRESENT -> present(verb).get(i);
            case IMPERFECT -> join(imperfectStem(verb), IMPERFECT.get(i));
            case FUTURE -> futureStem(verb) + FUTURE.get(i);
            case CONDITIONAL -> futureStem(verb) + IMPERFECT.get(i);
            case SUBJUNCTIVE -> subjunctive(verb, i);
            case COMPOUND_PAST -> throw new IllegalArgumentException("the passé composé is not a simple tense");
        };
    }

    List<String> present(FrenchVerb verb) {
        if (verb.present() != null) {
            return verb.present();
        }
        String stem = stem(verb);
        List<String> endings = switch (verb.group()) {
            case IR -> IR;
            case RE -> RE;
            default -> ER;
        };
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean silent = verb.group() == Group.ER && i != 3 && i != 4;
            forms.add(join(silent ? verb.change().apply(stem) : stem, endings.get(i)));
        }
        return forms;
    }

    public String imperfectStem(FrenchVerb verb) {
        if (verb.imperfectStem() != null) {
            return verb.imperfectStem();
        }
        String nous = present(verb).get(Person.FIRST_PLURAL.index());
        return nous.substring(0, nous.length() - "ons".length());
    }

    public String futureStem(FrenchVerb verb) {
        if (verb.futureStem() != null) {
            return verb.futureStem();
        }
        String infinitive = verb.infinitive();
        if (verb.group() == Group.ER && verb.change().inFuture()) {
            return verb.change().apply(stem(verb)) + "er";
        }
        return infinitive.endsWith("re") ? infinitive.substring(0, infinitive.length() - 1) : infinitive;
    }

    private String subjunctive(FrenchVerb verb, int i) {
        if (verb.subjunctive() != null) {
            return verb.subjunctive().get(i);
        }
        if (i == 3 || i == 4) {
            return join(imperfectStem(verb), SUBJUNCTIVE.get(i));
        }
        String ils = present(verb).get(Person.THIRD_PLURAL.index());
        return ils.substring(0, ils.length() - "ent".length()) + SUBJUNCTIVE.get(i);
    }

    private String join(String stem, String ending) {
        return soften ? Spelling.join(stem, ending) : stem + ending;
    }

    static String stem(FrenchVerb verb) {
        return verb.infinitive().substring(0, verb.infinitive().length() - 2);
    }
}
