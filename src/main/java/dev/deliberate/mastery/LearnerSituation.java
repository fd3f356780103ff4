package dev.deliberate.mastery;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The learner's skills as one request presents them, with the questions the policy asks of them. */
final class LearnerSituation {

    private final NextItemRequest request;
    private final LearnerModel model;
    private final PolicySettings settings;
    private final CandidatePool pool;

    LearnerSituation(NextItemRequest request, LearnerModel model, PolicySettings settings) {
        this.request = request;
        this.model = model;
        this.settings = settings;
        this.pool = new CandidatePool(request.candidates());
    }

    SkillMastery skill(String skillId) {
        SkillMastery known = request.skills().get(skillId);
        return known != null ? known : model.unpractised(skillId);
    }

    /** Items in a row already spent on a step back to a prerequisite. */
    int detourLength() {
        return request.detourLength();
    }

    boolean isMastered(String skillId) {
        return model.isMastered(skill(skillId));
    }

    /** Stuck: a run of failures, or P(L) still very low after several attempts. */
    boolean isStuck(String skillId) {
        SkillMastery skill = skill(skillId);
        boolean failing = skill.consecutiveFailures() >= settings.failuresBeforePrerequisite();
        boolean lost = skill.attempts() >= settings.lowKnowledgeAttempts()
                && skill.knowledge() < settings.lowKnowledge();
        return failing || lost;
    }

    /** The first assignment skill not yet mastered whose prerequisites within the assignment are. */
    Optional<String> nextAssignmentSkill() {
        List<String> open = request.assignmentSkills().stream()
                .filter(pool::offers)
                .filter(skillId -> !isMastered(skillId))
                .toList();
        return open.stream()
                .filter(skillId -> request.skillMap().prerequisitesOf(skillId).stream().noneMatch(open::contains))
                .findFirst()
                .or(() -> open.stream().findFirst());
    }

    /** The direct prerequisite with candidates, not mastered and not yet visited, that is weakest. */
    Optional<String> weakestOpenPrerequisite(String skillId, Set<String> visited) {
        return request.skillMap().prerequisitesOf(skillId).stream()
                .filter(pool::offers)
                .filter(prerequisite -> !isMastered(prerequisite) && !visited.contains(prerequisite))
                .min(Comparator.comparingDouble(prerequisite -> skill(prerequisite).knowledge()));
    }

    /** The skill with a focus set running, the most recently started first. */
    Optional<SkillMastery> focusedSkill() {
        return pool.skills().stream()
                .map(this::skill)
                .filter(skill -> skill.misconceptions().isFocusing())
                .max(Comparator.comparingInt(skill -> skill.misconceptions().focusRemaining()));
    }

    /** The mastered skill whose review has been due the longest. */
    Optional<String> mostOverdueReview() {
        return pool.skills().stream()
                .map(this::skill)
                .filter(skill -> model.isMastered(skill) && skill.isDueForReview(request.now()))
                .min(Comparator.comparing(skill -> skill.review().due()))
                .map(SkillMastery::skillId);
    }

    /** An item of the skill at the target success, from the standard level up once mastery is near. */
    ItemChoice itemFor(String skillId, ChoiceReason reason, String cause) {
        SkillMastery skill = skill(skillId);
        double ability = skill.ability();
        boolean checking = skill.knowledge() >= settings.checkFromKnowledge();
        CandidateItem item = pool.nearest(skillId, ability, settings.targetSuccess(),
                checking ? settings.checkLevel() : Integer.MIN_VALUE);
        return new ItemChoice(skillId, item.difficulty(), reason, cause, CandidatePool.expectedSuccess(item, ability));
    }

    /** The hardest fitting stretch among the assignment's skills, or any skill offered if none of them is. */
    ItemChoice challenge() {
        List<String> skills = request.assignmentSkills().stream().anyMatch(pool::offers)
                ? request.assignmentSkills()
                : List.copyOf(pool.skills());
        CandidateItem item =
                pool.nearestHarder(skills, skillId -> skill(skillId).ability(), settings.challengeSuccess());
        double ability = skill(item.skillId()).ability();
        return new ItemChoice(item.skillId(), item.difficulty(), ChoiceReason.CHALLENGE, "",
                CandidatePool.expectedSuccess(item, ability));
    }
}
