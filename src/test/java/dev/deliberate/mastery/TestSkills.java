package dev.deliberate.mastery;

import dev.deliberate.mastery.model.MisconceptionWindow;
import dev.deliberate.mastery.model.ReviewPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Crafted learner states and candidate items for policy and model tests. */
final class TestSkills {

    static final Instant NOW = Instant.parse("2025-03-10T10:00:00Z");

    static final SkillMap ALGEBRA = SkillMap.of(Map.of(
            "one-step", List.of("basic-operations"),
            "two-step", List.of("one-step"),
            "distributive", List.of("basic-operations"),
            "multi-step", List.of("two-step", "distributive")));

    private TestSkills() {
    }

    static SkillMastery fresh(String skillId) {
        return SkillMastery.unpractised(skillId, 0.25);
    }

    /** Mastered, with its next review well in the future. */
    static SkillMastery mastered(String skillId, double ability) {
        return new SkillMastery(skillId, 0.98, ability, 6, 0, new ReviewPlan(1, NOW.plusSeconds(86_400)),
                MisconceptionWindow.EMPTY);
    }

    static SkillMastery masteredAndDueSince(String skillId, Instant due) {
        return new SkillMastery(skillId, 0.98, 1.0, 6, 0, new ReviewPlan(0, due), MisconceptionWindow.EMPTY);
    }

    /** Three wrong answers in a row after a few attempts. */
    static SkillMastery failing(String skillId, double knowledge, double ability) {
        return new SkillMastery(skillId, knowledge, ability, 4, 3, null, MisconceptionWindow.EMPTY);
    }

    static SkillMastery focusing(String skillId, String code, int remaining) {
        MisconceptionWindow window = new MisconceptionWindow(List.of(code, code, code), 0, code, remaining);
        return new SkillMastery(skillId, 0.3, 0.0, 3, 3, null, window);
    }

    /** A request over the algebra skill map, with levels 1 to 5 of all its skills as candidates. */
    static NextItemRequest request(List<String> assignment, Map<String, SkillMastery> skills) {
        return new NextItemRequest(assignment, skills, ALGEBRA,
                levelsOneToFive("basic-operations", "one-step", "two-step", "distributive", "multi-step"), NOW);
    }

    static Map<String, SkillMastery> states(SkillMastery... skills) {
        return Stream.of(skills).collect(Collectors.toMap(SkillMastery::skillId, Function.identity()));
    }

    /** Levels 1 to 5 of each skill at their prior ratings, −2 to +2 logits. */
    static List<CandidateItem> levelsOneToFive(String... skillIds) {
        List<CandidateItem> items = new ArrayList<>();
        for (String skillId : skillIds) {
            for (int level = 1; level <= 5; level++) {
                items.add(new CandidateItem(skillId, level, ItemRating.unrated(level).difficulty()));
            }
        }
        return items;
    }
}
