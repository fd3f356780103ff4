package dev.deliberate.mastery;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the learner's next item: which skill, at which difficulty, and why.
 *
 * <p>The first rule that applies decides:
 * <ol>
 *   <li>{@link ChoiceReason#MISCONCEPTION_FOCUS}: a focus set is running on a skill.</li>
 *   <li>{@link ChoiceReason#SPACED_REVIEW}: a mastered skill is due for review (the most overdue first).</li>
 *   <li>{@link ChoiceReason#PREREQUISITE_REVIEW}: the learner is stuck on the next assignment skill and
 *       one of its prerequisites is not mastered; the policy descends while the learner is stuck
 *       there too, to the weakest prerequisite at each level. A step back is short: it ends after
 *       {@link #DETOUR_CLEAN_ANSWERS} clean answers in a row on the prerequisite, or after
 *       {@link #DETOUR_ITEMS} items, and the next item is the assignment skill again; a learner
 *       still stuck there may step back again after it.</li>
 *   <li>{@link ChoiceReason#TARGET_PRACTICE}: the first unmastered assignment skill, in teaching
 *       order, whose prerequisites within the assignment are mastered.</li>
 *   <li>{@link ChoiceReason#CHALLENGE}: everything is mastered; aim at the lower challenge success.</li>
 * </ol>
 * Within a skill, the difficulty is the candidate whose Elo-predicted success is nearest the target;
 * once P(L) reaches {@link PolicySettings#checkFromKnowledge()}, only candidates from the standard
 * level up are considered, so a skill is not called mastered on its easiest items alone.
 */
public final class NextItemPolicy {

    /** The most items one step back to a prerequisite takes before practice returns to its skill. */
    public static final int DETOUR_ITEMS = 6;

    /** Clean answers in a row on the prerequisite that end a step back early. */
    public static final int DETOUR_CLEAN_ANSWERS = 2;

    private final LearnerModel model;
    private final PolicySettings settings;

    public NextItemPolicy(LearnerModel model, PolicySettings settings) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The next item for the learner described by the request. */
    public ItemChoice choose(NextItemRequest request) {
        LearnerSituation situation = new LearnerSituation(request, model, settings);
        return focus(situation)
                .or(() -> review(situation))
                .or(() -> practice(situation))
                .orElseGet(situation::challenge);
    }

    private Optional<ItemChoice> focus(LearnerSituation situation) {
        return situation.focusedSkill().map(skill -> situation.itemFor(skill.skillId(),
                ChoiceReason.MISCONCEPTION_FOCUS, skill.misconceptions().focusCode()));
    }

    private Optional<ItemChoice> review(LearnerSituation situation) {
        return situation.mostOverdueReview().map(skillId -> situation.itemFor(skillId, ChoiceReason.SPACED_REVIEW, ""));
    }

    private Optional<ItemChoice> practice(LearnerSituation situation) {
        return situation.nextAssignmentSkill().map(target -> prerequisiteToRevisit(situation, target)
                .map(prerequisite -> situation.itemFor(prerequisite, ChoiceReason.PREREQUISITE_REVIEW, target))
                .orElseGet(() -> situation.itemFor(target, ChoiceReason.TARGET_PRACTICE, "")));
    }

    private Optional<String> prerequisiteToRevisit(LearnerSituation situation, String target) {
        if (situation.detourLength() >= DETOUR_ITEMS) {
            return Optional.empty();
        }
        String current = target;
        Set<String> visited = new HashSet<>(Set.of(target));
        while (situation.isStuck(current)) {
            Optional<String> weakest = situation.weakestOpenPrerequisite(current, visited);
            if (weakest.isEmpty()) {
                break;
            }
            current = weakest.get();
            visited.add(current);
        }
        boolean doneHere = situation.detourLength() >= DETOUR_CLEAN_ANSWERS
                && situation.skill(current).misconceptions().cleanStreak() >= DETOUR_CLEAN_ANSWERS;
        return current.equals(target) || doneHere ? Optional.empty() : Optional.of(current);
    }
}
