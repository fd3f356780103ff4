package dev.deliberate.mastery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The learner model as the rest of the application uses it: reads a learner's skills, records a
 * graded attempt (skill state and its history, item rating, misconception counts) and raises
 * {@link MasteryChanged}, chooses the next item, and scores an assignment. Call it inside the
 * caller's transaction: the attempt and its consequences are stored together.
 */
@Component
public class Mastery {

    private final LearnerModel model = new LearnerModel(MasterySettings.DEFAULTS);
    private final NextItemPolicy policy = new NextItemPolicy(model, PolicySettings.DEFAULTS);
    private final MasteryScore scoring = new MasteryScore(MasterySettings.DEFAULTS);
    private final LearnerRecords records;
    private final ItemRatings ratings;
    private final MasteryHistory history;
    private final ApplicationEventPublisher events;

    Mastery(LearnerRecords records, ItemRatings ratings, MasteryHistory history, ApplicationEventPublisher events) {
        this.records = records;
        this.ratings = ratings;
        this.history = history;
        this.events = events;
    }

    /** The learner's skills practised so far, by skill id. */
    public Map<String, SkillMastery> skillsOf(long membershipId) {
        return records.skillsOf(membershipId);
    }

    /** Records one graded attempt on an item of {@code skillId} at {@code level}. */
    public Recorded record(LearnerRef learner, AssignmentSkills assignment, Map<String, SkillMastery> skills, String skillId,
            int level, Attempt attempt) {
        SkillMastery before = skills.getOrDefault(skillId, model.unpractised(skillId));
        ItemRating rating = ratings.of(skillId, level);
        AttemptResult result = model.record(before, rating, attempt);
        records.save(learner.membershipId(), result.skill(), attempt.at());
        history.add(learner.membershipId(), result.skill(), attempt.at());
        ratings.update(skillId, level, rating, result.item());
        Map<String, SkillMastery> after = new HashMap<>(skills);
        after.put(skillId, result.skill());
        double score = score(assignment, after);
        MasteryChange change = result.change();
        events.publishEvent(new MasteryChanged(learner.membershipId(), learner.contextId(), learner.linkId(), skillId,
                change.before(), change.after(), change.mastered(), score, attempt.at()));
        return new Recorded(change, result.newlyRecurring(), Map.copyOf(after), score);
    }

    /**
     * Looks for a habit across skills after an answer that showed {@code code} on {@code skillId}:
     * when it showed in {@code showing} of the learner's last {@code looked} problems (at most
     * {@link #habitWindow()}, whatever their skills) and that reaches the rule for one skill (3 of
     * 10), a focus set on {@code skillId} starts for it and the habit is returned for the learner
     * to be told. Empty when it is below the rule or already being worked on.
     */
    public Optional<RecurringMisconception> noticeHabit(long membershipId, Map<String, SkillMastery> skills, String skillId,
            String code, int showing, int looked, Instant at) {
        SkillMastery skill = skills.getOrDefault(skillId, model.unpractised(skillId));
        return model.habit(skill, code, showing, looked).map(focused -> {
            records.save(membershipId, focused, at);
            return new RecurringMisconception(skillId, code, showing, looked);
        });
    }

    /** How many of a learner's latest problems a habit across skills is looked for in. */
    public int habitWindow() {
        return model.habitWindow();
    }

    /** Counts a diagnosed misconception for the teacher, on every attempt that shows one. */
    public void noteMisconception(long membershipId, String skillId, String code, Instant at) {
        records.countMisconception(membershipId, skillId, code, at);
    }

    /** The misconception the learner shows most often, e.g. {@code RECIPROCAL_OR_FRACTION_ERROR}. */
    public java.util.Optional<String> mainMisconception(long membershipId) {
        return records.mostFrequentMisconception(membershipId);
    }

    /** The next item for the learner: skill, level and the reason to show. */
    public ItemChoice choose(AssignmentSkills assignment, Map<String, SkillMastery> skills, Instant now) {
        return choose(assignment, skills, 0, now, null);
    }

    /**
     * The next item for a learner who has just spent {@code detourLength} items in a row stepping
     * back to a prerequisite (a step back is kept short, {@link NextItemPolicy#DETOUR_ITEMS}),
     * honouring the teacher's focus when there is one (null for none).
     */
    public ItemChoice choose(AssignmentSkills assignment, Map<String, SkillMastery> skills, int detourLength, Instant now,
            TeacherFocus focus) {
        List<CandidateItem> candidates = assignment.reachableSkills().stream()
                .flatMap(skill -> assignment.levels().stream()
                        .map(level -> new CandidateItem(skill, level, ratings.of(skill, level).difficulty())))
                .toList();
        return policy.choose(new NextItemRequest(assignment.skills(), skills, assignment.skillMap(), candidates, now, detourLength,
                focus));
    }

    /** The assignment's mastery score, in [0, 1]. */
    public double score(AssignmentSkills assignment, Map<String, SkillMastery> skills) {
        return scoring.of(assignment.skills(), skills);
    }

    /** How far a skill is on the way to mastered, in [0, 1]; 0 when not practised. */
    public double progress(SkillMastery skill) {
        return skill == null ? 0 : scoring.creditFor(skill);
    }

    /** Where the learner stands against the assignment's goal (see {@link Completion}) with this many items done. */
    public Completion.Check goal(AssignmentSkills assignment, Map<String, SkillMastery> skills, int itemsDone) {
        Map<String, Double> credits = new HashMap<>();
        assignment.skills().forEach(id -> credits.put(id, progress(skills.get(id))));
        return assignment.completion().check(assignment.skills(), credits, itemsDone);
    }

    /** Whether the learner has met the assignment's goal with this many items done. */
    public boolean completed(AssignmentSkills assignment, Map<String, SkillMastery> skills, int itemsDone) {
        return goal(assignment, skills, itemsDone).met();
    }

    /** Whether a skill counts as mastered. */
    public boolean mastered(SkillMastery skill) {
        return skill != null && model.isMastered(skill);
    }
}
