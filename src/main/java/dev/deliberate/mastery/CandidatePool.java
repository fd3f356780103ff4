package dev.deliberate.mastery;

import dev.deliberate.mastery.model.EloRating;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/** The candidate items of one request, grouped by skill, and the choice of difficulty among them. */
final class CandidatePool {

    private static final Comparator<CandidateItem> EASIER_FIRST =
            Comparator.comparingDouble(CandidateItem::rating).thenComparingInt(CandidateItem::difficulty);

    private final Map<String, List<CandidateItem>> bySkill = new LinkedHashMap<>();

    CandidatePool(List<CandidateItem> candidates) {
        for (CandidateItem item : candidates) {
            bySkill.computeIfAbsent(item.skillId(), skill -> new ArrayList<>()).add(item);
        }
    }

    boolean offers(String skillId) {
        return bySkill.containsKey(skillId);
    }

    /** The skills with at least one candidate, in the order they first appear. */
    Set<String> skills() {
        return bySkill.keySet();
    }

    /**
     * The item of the skill whose predicted success is nearest the target, among those from the
     * minimum level up if the skill has any; the easier one on a tie.
     */
    CandidateItem nearest(String skillId, double ability, double targetSuccess, int minimumLevel) {
        return nearest(skillId, ability, targetSuccess, level -> level >= minimumLevel);
    }

    /**
     * The item of the skill whose predicted success is nearest the target, among the levels
     * admitted if the skill has any; the easier one on a tie.
     */
    CandidateItem nearest(String skillId, double ability, double targetSuccess, IntPredicate admitted) {
        List<CandidateItem> items = bySkill.get(skillId);
        List<CandidateItem> allowed = items.stream().filter(item -> admitted.test(item.difficulty())).toList();
        return (allowed.isEmpty() ? items : allowed).stream()
                .min(byDistance(item -> ability, targetSuccess).thenComparing(EASIER_FIRST))
                .orElseThrow();
    }

    /** Across the skills, the item nearest the target success; the harder one on a tie. */
    CandidateItem nearestHarder(Collection<String> skillIds, ToDoubleFunction<String> abilityOf, double targetSuccess) {
        return nearestHarder(skillIds, abilityOf, targetSuccess, level -> true);
    }

    /** Across the skills, the item nearest the target success among the levels admitted (all, if none is); the harder on a tie. */
    CandidateItem nearestHarder(Collection<String> skillIds, ToDoubleFunction<String> abilityOf, double targetSuccess,
            IntPredicate admitted) {
        List<CandidateItem> items = skillIds.stream().filter(this::offers).flatMap(skill -> bySkill.get(skill).stream()).toList();
        List<CandidateItem> allowed = items.stream().filter(item -> admitted.test(item.difficulty())).toList();
        return (allowed.isEmpty() ? items : allowed).stream()
                .min(byDistance(item -> abilityOf.applyAsDouble(item.skillId()), targetSuccess)
                        .thenComparing(EASIER_FIRST.reversed()))
                .orElseThrow(() -> new IllegalArgumentException("no candidate items for " + skillIds));
    }

    static double expectedSuccess(CandidateItem item, double ability) {
        return EloRating.expectedSuccess(ability, item.rating());
    }

    private static Comparator<CandidateItem> byDistance(ToDoubleFunction<CandidateItem> abilityFor, double target) {
        return Comparator.comparingDouble(
                item -> Math.abs(expectedSuccess(item, abilityFor.applyAsDouble(item)) - target));
    }
}
