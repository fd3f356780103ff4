package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.Attempt;
import dev.deliberate.mastery.AttemptResult;
import dev.deliberate.mastery.LearnerModel;
import dev.deliberate.mastery.MasteryScore;
import dev.deliberate.mastery.SkillMastery;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One synthetic learner practising under one arm, through the real learner model, until the model
 * counts every skill of the assignment mastered or the cap is reached. The learner does a fixed
 * number of items a day, so mastered skills come due for review as they would in class.
 */
final class PracticeRun {

    static final Instant FIRST_DAY = Instant.parse("2025-01-06T08:00:00Z");

    private final Curriculum curriculum;
    private final LearnerModel model;
    private final int cap;
    private final int itemsPerDay;
    private final MasteryScore score;
    private double largestShownDrop;
    private double largestEstimateDrop;

    PracticeRun(Curriculum curriculum, LearnerModel model, int cap, int itemsPerDay) {
        this.curriculum = curriculum;
        this.model = model;
        this.cap = cap;
        this.itemsPerDay = itemsPerDay;
        this.score = new MasteryScore(model.settings());
    }

    RunOutcome run(SyntheticLearner learner, PracticeArm arm) {
        largestShownDrop = 0;
        largestEstimateDrop = 0;
        Map<String, SkillMastery> skills = new HashMap<>();
        curriculum.skills().forEach(skill -> skills.put(skill, model.unpractised(skill)));
        ItemBank bank = new ItemBank(curriculum);
        Map<String, Integer> labels = new TreeMap<>();
        for (int item = 1; item <= cap; item++) {
            Instant now = FIRST_DAY.plus(Duration.ofDays((item - 1) / itemsPerDay));
            PracticeArm.Pick pick = arm.next(skills, bank, now);
            labels.merge(pick.label(), 1, Integer::sum);
            practise(learner, pick, skills, bank, now);
            if (allMastered(skills)) {
                return new RunOutcome(item, true, trueMiddleSuccess(learner), labels, largestShownDrop, largestEstimateDrop);
            }
        }
        return new RunOutcome(cap, false, trueMiddleSuccess(learner), labels, largestShownDrop, largestEstimateDrop);
    }

    private void practise(SyntheticLearner learner, PracticeArm.Pick pick, Map<String, SkillMastery> skills,
            ItemBank bank, Instant now) {
        String skillId = pick.skillId();
        boolean correct = learner.answers(skillId, curriculum.trueDifficulty(pick.level()));
        Attempt attempt = correct ? Attempt.correct(now) : Attempt.incorrect(learner.misconceptionIn(skillId), now);
        SkillMastery before = skills.getOrDefault(skillId, model.unpractised(skillId));
        AttemptResult result = model.record(before, bank.rating(skillId, pick.level()), attempt);
        skills.put(skillId, result.skill());
        largestShownDrop = Math.max(largestShownDrop, score.creditFor(before) - score.creditFor(result.skill()));
        largestEstimateDrop = Math.max(largestEstimateDrop, estimateCredit(before) - estimateCredit(result.skill()));
        bank.rerate(skillId, pick.level(), result.item());
        learner.practises(skillId);
    }

    private double estimateCredit(SkillMastery skill) {
        return score.creditFor(new SkillMastery(skill.skillId(), skill.knowledge(), skill.ability(), skill.attempts(),
                skill.consecutiveFailures(), skill.review(), skill.misconceptions()));
    }

    private boolean allMastered(Map<String, SkillMastery> skills) {
        return curriculum.assignment().stream().allMatch(skill -> model.isMastered(skills.get(skill)));
    }

    private double trueMiddleSuccess(SyntheticLearner learner) {
        return curriculum.assignment().stream()
                .mapToDouble(skill -> learner.trueSuccess(skill, 0))
                .average()
                .orElseThrow();
    }
}
