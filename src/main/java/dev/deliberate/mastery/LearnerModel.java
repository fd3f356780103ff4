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

    /**
     * How far the shown estimate may fall on one answer, as a share of the way from P(L0) to the
     * mastery threshold: a quarter, so one slip costs at most 25 points of a skill's credit.
     */
    public static final double SHOWN_DROP = 0.25;

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

    /**
     * Applies one attempt on {@code before}'s skill, made on an item rated {@code item}.
     *
     * <p>A correct or incorrect answer updates P(L) by knowledge tracing and the ability by Elo. An
     * assisted answer (right after a hint or a worked example) is no evidence either way: P(L) and
     * ability stay as they were. The shown estimate follows P(L) up at once, but down by at most
     * {@link #SHOWN_DROP} of the way from P(L0) to the threshold per answer (25 points of credit),
     * and never down on a correct or assisted answer, so one slip cannot wipe out a skill on the
     * student's screen or in the gradebook while P(L), which chooses the items, reacts in full.
     */
    public AttemptResult record(SkillMastery before, ItemRating item, Attempt attempt) {
        boolean assisted = attempt.outcome() == AttemptOutcome.ASSISTED;
        boolean correct = attempt.isCorrect();
        double knowledge = assisted ? before.knowledge() : tracing.afterAttempt(before.knowledge(), correct);
        double ability = assisted ? before.ability() : elo.abilityAfter(before.ability(), before.attempts(), item.difficulty(), correct);
        MisconceptionTracker.Update seen =
                misconceptions.record(before.misconceptions(), attempt.misconceptionCode(), attempt.isClean());
        SkillMastery after = new SkillMastery(before.skillId(), knowledge, ability,
                before.attempts() + 1, correct ? 0 : before.consecutiveFailures() + 1,
                nextReview(before, knowledge, attempt), seen.window(), shown(before, knowledge, correct || assisted));
        MasteryChange change = new MasteryChange(before.skillId(), before.knowledge(), knowledge, isMastered(after));
        Optional<RecurringMisconception> newlyRecurring = seen.focusStarted()
                ? Optional.of(recurring(after, attempt.misconceptionCode()))
                : Optional.empty();
        return new AttemptResult(after, rerate(item, before.ability(), attempt), change, newlyRecurring);
    }

    private double shown(SkillMastery before, double knowledge, boolean mayNotFall) {
        double step = SHOWN_DROP * (settings.masteryThreshold() - tracing.initialKnowledge());
        double floor = mayNotFall ? before.shownKnowledge() : before.shownKnowledge() - step;
        return Math.max(knowledge, Math.min(floor, KnowledgeTracing.CEILING));
    }

    /**
     * The skill with a focus set started for a habit the learner shows across skills: {@code code}
     * in {@code showing} of their last {@code looked} problems. Empty when that is below the
     * threshold, or a focus set for it is running already.
     */
    public Optional<SkillMastery> habit(SkillMastery skill, String code, int showing, int looked) {
        return misconceptions.habit(skill.misconceptions(), code, showing, looked).map(window -> new SkillMastery(
                skill.skillId(), skill.knowledge(), skill.ability(), skill.attempts(), skill.consecutiveFailures(), skill.review(),
                window, skill.shownKnowledge()));
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
