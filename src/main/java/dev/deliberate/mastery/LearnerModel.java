package dev.deliberate.mastery;

import dev.deliberate.mastery.model.EloRating;
import dev.deliberate.mastery.model.KnowledgeTracing;
import dev.deliberate.mastery.model.MisconceptionTracker;
import dev.deliberate.mastery.model.ReviewPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Updates what a learner knows about a skill after each attempt: knowledge tracing, Elo ability
 * and item difficulty, the review plan and the misconception window, all in one step.
 */
public final class LearnerModel {

    private final MasterySettings settings;
    private final KnowledgeTracing tracing;
    private final EloRating elo;
    private final MisconceptionTracker misconceptions;

    public LearnerModel(MasterySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tracing = new KnowledgeTracing(settings.tracing());
        this.elo = new EloRating(settings.learnerRating(), settings.itemRating());
        this.misconceptions = new MisconceptionTracker(settings.misconceptions());
    }

    public MasterySettings settings() {
        return settings;
    }

    /** The state of a skill the learner has not practised yet. */
    public SkillMastery unpractised(String skillId) {
        return SkillMastery.unpractised(skillId, tracing.initialKnowledge());
    }

    /** Whether P(L) has reached the mastery threshold. */
    public boolean isMastered(SkillMastery skill) {
        return skill.knowledge() >= settings.masteryThreshold();
    }

    /** The misconceptions the learner currently shows on the skill, most frequent first. */
    public List<RecurringMisconception> recurringMisconceptions(SkillMastery skill) {
        return misconceptions.recurringCodes(skill.misconceptions()).stream()
                .map(code -> recurring(skill, code))
                .toList();
    }

    /** Applies one attempt on {@code before}'s skill, made on an item rated {@code item}. */
    public AttemptResult record(SkillMastery before, ItemRating item, Attempt attempt) {
        boolean correct = attempt.isCorrect();
        double knowledge = tracing.afterAttempt(before.knowledge(), correct);
        MisconceptionTracker.Update seen =
                misconceptions.record(before.misconceptions(), attempt.misconceptionCode(), attempt.isClean());
        SkillMastery after = new SkillMastery(before.skillId(), knowledge,
                elo.abilityAfter(before.ability(), before.attempts(), item.difficulty(), correct),
                before.attempts() + 1, correct ? 0 : before.consecutiveFailures() + 1,
                nextReview(before, knowledge, attempt), seen.window());
        MasteryChange change = new MasteryChange(before.skillId(), before.knowledge(), knowledge, isMastered(after));
        Optional<RecurringMisconception> newlyRecurring = seen.focusStarted()
                ? Optional.of(recurring(after, attempt.misconceptionCode()))
                : Optional.empty();
        return new AttemptResult(after, rerate(item, before.ability(), attempt), change, newlyRecurring);
    }

    /**
     * The skill with a focus set started for a habit the learner shows across skills: {@code code}
     * in {@code showing} of their last {@code looked} problems. Empty when that is below the
     * threshold, or a focus set for it is running already.
     */
    public Optional<SkillMastery> habit(SkillMastery skill, String code, int showing, int looked) {
        return misconceptions.habit(skill.misconceptions(), code, showing, looked).map(window -> new SkillMastery(
                skill.skillId(), skill.knowledge(), skill.ability(), skill.attempts(), skill.consecutiveFailures(), skill.review(),
                window));
    }

    /** How many of the learner's latest problems, whatever their skills, a habit is looked for in. */
    public int habitWindow() {
        return misconceptions.habitWindow();
    }

    private ReviewPlan nextReview(SkillMastery before, double knowledge, Attempt attempt) {
        if (knowledge < settings.masteryThreshold()) {
            return null;
        }
        if (before.review() == null) {
            return settings.reviews().start(attempt.at());
        }
        return settings.reviews().afterAnswer(before.review(), attempt.isCorrect(), attempt.at());
    }

    private ItemRating rerate(ItemRating item, double ability, Attempt attempt) {
        if (attempt.outcome() == AttemptOutcome.ASSISTED) {
            return item;
        }
        double difficulty = elo.difficultyAfter(item.difficulty(), item.attempts(), ability, attempt.isCorrect());
        return new ItemRating(difficulty, item.attempts() + 1);
    }

    private RecurringMisconception recurring(SkillMastery skill, String code) {
        var window = skill.misconceptions();
        return new RecurringMisconception(skill.skillId(), code, window.count(code), window.recent().size());
    }
}
