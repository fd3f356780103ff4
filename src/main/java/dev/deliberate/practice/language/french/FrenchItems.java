package dev.deliberate.practice.language.french;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.deliberate.practice.language.verb.Doer;
import dev.deliberate.practice.language.verb.Person;
import dev.deliberate.practice.language.verb.Tense;

/**
 * Makes conjugation items: a verb of the skill (one whose card is due first, otherwise one not
 * practised lately), words after it from the learner's interests three times as often as from
 * other contexts, a frame of the tense and a doer of the level. Every choice is written into the
 * item's wording, so the same item can be made again from it.
 */
public final class FrenchItems {

    private static final int TRIES = 40;
    private static final int INTEREST_WEIGHT = 3;

    /**
     * What to make.
     *
     * @param skill     the skill practised
     * @param level     1: je, tu, il, elle; 2: every pronoun; 3: people named too (agreement), and sentences to transform
     * @param interests the learner's contexts
     * @param allowed   the contexts the assignment allows (empty: all)
     * @param recent    keys of items the learner had lately
     * @param dueCards  cards ({@link FrenchItem#card()}) the learner's schedule says are due, most overdue first
     * @param seed      a number that makes the choice
     */
    public record Request(FrenchSkill skill, int level, Set<String> interests, Set<String> allowed, Collection<String> recent,
            List<String> dueCards, long seed) {
    }

    public FrenchItem next(Request request) {
        Random random = new Random(request.seed());
        List<FrenchVerb> verbs = verbs(request);
        Set<String> recent = Set.copyOf(request.recent());
        FrenchItem item = null;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            FrenchVerb verb = verbs.get(random.nextInt(verbs.size()));
            item = make(request, verb, random);
            if (!recent.contains(key(item))) {
                return item;
            }
        }
        return item;
    }

    /** The item a wording describes (see {@link #wording}). */
    public FrenchItem regenerate(String wording) {
        String[] parts = wording.split("\\|");
        FrenchVerb verb = FrenchVerbs.all().get(parts[0]);
        Tense tense = Tense.byId(parts[1]).orElseThrow();
        String[] rest = Sentences.all().rests(verb).get(Integer.parseInt(parts[4]));
        return new FrenchItem(verb, tense, Sentences.DOERS.get(Integer.parseInt(parts[2])),
                Sentences.all().frames(tense).get(Integer.parseInt(parts[3])), rest[1], rest[0], FrenchItem.Kind.valueOf(parts[5]));
    }

    /** Everything needed to make the item again: verb, tense, doer, frame, words after, kind. */
    public static String wording(FrenchItem item) {
        List<String[]> rests = Sentences.all().rests(item.verb());
        int rest = 0;
        while (!rests.get(rest)[1].equals(item.rest())) {
            rest++;
        }
        return String.join("|", item.verb().infinitive(), item.tense().id(), String.valueOf(Sentences.DOERS.indexOf(item.doer())),
                String.valueOf(Sentences.all().frames(item.tense()).indexOf(item.frame())), String.valueOf(rest), item.kind().name());
    }

    /** What must not come back soon for one learner: the same verb, tense, doer and sentence. */
    public static String key(FrenchItem item) {
        return wording(item);
    }

    private List<FrenchVerb> verbs(Request request) {
        Set<String> dueCards = Set.copyOf(request.dueCards());
        List<FrenchVerb> due = request.skill().verbs().stream()
                .filter(verb -> dueCards.contains(FrenchItem.card(verb, request.skill().tense()))).toList();
        if (!due.isEmpty()) {
            return due;
        }
        // a key starts with the verb's infinitive and a bar (see wording)
        Set<String> recentVerbs = request.recent().stream().map(key -> key.substring(0, Math.max(0, key.indexOf('|'))))
                .collect(Collectors.toSet());
        List<FrenchVerb> fresh = request.skill().verbs().stream().filter(verb -> !recentVerbs.contains(verb.infinitive())).toList();
        return fresh.isEmpty() ? request.skill().verbs() : fresh;
    }

    private FrenchItem make(Request request, FrenchVerb verb, Random random) {
        Tense tense = request.skill().tense();
        List<String[]> rests = weighted(Sentences.all().rests(verb), request);
        String[] rest = rests.get(random.nextInt(rests.size()));
        List<String> frames = Sentences.all().frames(tense);
        List<Doer> doers = doers(request.level(), tense);
        FrenchItem.Kind kind = tense == Tense.COMPOUND_PAST && request.level() >= 2 && random.nextInt(3) == 0
                ? FrenchItem.Kind.TRANSFORM : FrenchItem.Kind.CLOZE;
        return new FrenchItem(verb, tense, doers.get(random.nextInt(doers.size())), frames.get(random.nextInt(frames.size())),
                rest[1], rest[0], kind);
    }

    private static List<String[]> weighted(List<String[]> rests, Request request) {
        List<String[]> pool = new ArrayList<>();
        for (String[] rest : rests) {
            if (!request.allowed().isEmpty() && !request.allowed().contains(rest[0])) {
                continue;
            }
            int weight = request.interests().contains(rest[0]) ? INTEREST_WEIGHT : 1;
            for (int i = 0; i < weight; i++) {
                pool.add(rest);
            }
        }
        return pool.isEmpty() ? rests : pool;
    }

    /** The doers of a level; after "que", only people named in the third person, so que never needs eliding. */
    static List<Doer> doers(int level, Tense tense) {
        return Sentences.DOERS.stream().filter(doer -> level >= 3 || doer.pronoun())
                .filter(doer -> level >= 2 || !doer.person().plural())
                .filter(doer -> tense != Tense.SUBJUNCTIVE || !doer.pronoun() || doer.person() != Person.THIRD_SINGULAR
                        && doer.person() != Person.THIRD_PLURAL)
                .toList();
    }
}
