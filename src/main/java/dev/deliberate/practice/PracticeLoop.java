package dev.deliberate.practice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.mastery.Attempt;
import dev.deliberate.mastery.ChoiceReason;
import dev.deliberate.mastery.ItemChoice;
import dev.deliberate.mastery.LearnerRef;
import dev.deliberate.mastery.Mastery;
import dev.deliberate.mastery.NextItemPolicy;
import dev.deliberate.mastery.Recorded;
import dev.deliberate.mastery.RecurringMisconception;
import dev.deliberate.mastery.SkillMastery;
import dev.deliberate.mastery.TeacherFocus;
import dev.deliberate.practice.spi.Attempted;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.Note;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Response;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;
import dev.deliberate.shared.TransactionManagers;

/**
 * The practice loop: serve an item, judge the answer, update the learner model, then either the
 * next item the policy chooses (honouring the teacher's {@link PracticeFocus}) or, after each block and at the end, a reflection the learner cannot
 * skip (when the assignment asks for reflections). Each verb that writes is one transaction at the pool's
 * read-committed level (see application.yml); the session's version guards against two windows of
 * one learner at once.
 */
@Component
class PracticeLoop {

    private final PracticeSessions sessions;
    private final PracticeItems items;
    private final Attempts attempts;
    private final Reflections reflections;
    private final ReflectionPrompts prompts;
    private final Subjects subjects;
    private final AssignmentPlans plans;
    private final Courses courses;
    private final Mastery mastery;
    private final PracticeFocus focus;
    private final PracticeProperties properties;
    private final CardReviewsOfPractice cardReviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reads;
    private final TransactionTemplate writes;
    private final SecureRandom seeds = new SecureRandom();

    PracticeLoop(PracticeSessions sessions, PracticeItems items, Attempts attempts, Reflections reflections, ReflectionPrompts prompts,
            Subjects subjects, AssignmentPlans plans, Courses courses, Mastery mastery, PracticeFocus focus,
            PracticeProperties properties, CardReviewsOfPractice cardReviews,
            ApplicationEventPublisher events, Clock clock,
            @Qualifier(TransactionManagers.JDBC) PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.items = items;
        this.attempts = attempts;
        this.reflections = reflections;
        this.prompts = prompts;
        this.subjects = subjects;
        this.plans = plans;
        this.courses = courses;
        this.mastery = mastery;
        this.focus = focus;
        this.properties = properties;
        this.cardReviews = cardReviews;
        this.events = events;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        this.writes = new TransactionTemplate(transactions);
    }

    /**
     * The learner's practice as it stands, starting it on first use and serving an item when none is
     * open. Most opens only read (a learner back on the page, every student's launch): those share
     * one connection without a transaction, whose begin and commit would be three more round trips
     * to the database; an open that writes runs in a transaction of its own.
     */
    public LoopState open(CourseSession course) {
        AssignmentPlan plan = plans.of(course);
        LoopState unchanged = reads.execute(tx -> sessions.find(course.membershipId(), course.linkId())
                .filter(session -> !session.waitsForItem())
                .map(session -> current(plan, session, mastery.skillsOf(session.membershipId())))
                .orElse(null));
        return unchanged != null ? unchanged : writes.execute(tx -> start(course, plan));
    }

    private LoopState start(CourseSession course, AssignmentPlan plan) {
        Instant now = clock.instant();
        PracticeSession session = load(course, plan, now);
        Map<String, SkillMastery> skills = mastery.skillsOf(session.membershipId());
        if (session.waitsForItem()) {
            serveNext(plan, session, skills, now);
            sessions.update(session, now);
        }
        return current(plan, session, skills);
    }

    @Transactional(transactionManager = TransactionManagers.JDBC)
    public LoopState chooseInterests(CourseSession course, Set<String> chosen) {
        Instant now = clock.instant();
        AssignmentPlan plan = plans.of(course);
        PracticeSession session = load(course, plan, now);
        Set<String> known = Set.copyOf(subjects.get(session.subject()).curriculum().interests());
        session.chooseInterests(chosen.stream().filter(known::contains).collect(Collectors.toSet()));
        Map<String, SkillMastery> skills = mastery.skillsOf(session.membershipId());
        if (!session.reflecting() && session.currentItemId() == null) {
            serveNext(plan, session, skills, now);
        }
        sessions.update(session, now);
        return current(plan, session, skills);
    }

    /**
     * Lets the item's subject ask for outside help with an answer (a language model's comments on
     * writing) before {@link #submit} judges it. Deliberately not transactional: it reads the
     * session, the item and the previous draft (each read on its own) and then waits, holding no
     * database connection. Nothing is written; an item no longer on screen gets no help.
     */
    public void awaitHelp(CourseSession course, long itemId, Response response) {
        AssignmentPlan plan = plans.of(course);
        if (!plan.llmEnabled()) {
            return;
        }
        Optional<PracticeSession> found = sessions.find(course.membershipId(), course.linkId());
        if (found.isEmpty() || !isOnScreen(found.get(), itemId)) {
            return;
        }
        PracticeSession session = found.get();
        // the previous draft and the learner's name are read only if the subject asks (math never does)
        items.find(itemId, session.id()).ifPresent(item -> subjects.get(session.subject()).awaitHelp(item.spec(), response,
                Attempted.lazily(() -> attempts.latest(item.id()).orElse(null), session.contextId(),
                        () -> courses.nameWordsOf(session.membershipId()))));
    }

    /** Judges an answer to the item on screen. */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public LoopState submit(CourseSession course, long itemId, Response response, Integer elapsedMillis) {
        Instant now = clock.instant();
        AssignmentPlan plan = plans.of(course);
        PracticeSession session = load(course, plan, now);
        Map<String, SkillMastery> skills = mastery.skillsOf(session.membershipId());
        if (!isOnScreen(session, itemId)) {
            return current(plan, session, skills).withNotice("practice.notice.stale");
        }
        PracticeItem item = items.find(itemId, session.id()).orElseThrow();
        PracticeSubject subject = subjects.get(session.subject());
        Checked checked = subject.check(item.spec(), response, Attempted.lazily(() -> attempts.latest(item.id()).orElse(null),
                plan.llmEnabled() ? session.contextId() : null, () -> courses.nameWordsOf(session.membershipId())));
        session.countAttempt(elapsedMillis, now, item, checked);
        attempts.record(item, response, checked, item.assisted(), elapsedMillis, now);
        if (checked.verdict() == Verdict.UNREADABLE) {
            PracticeItem after = item.unreadable();
            items.update(after, null);
            sessions.update(session, now);
            return judged(plan, session, skills, after, checked, null).withTyped(response);
        }
        if (checked.misconception() != null) {
            mastery.noteMisconception(session.membershipId(), item.spec().skillId(), checked.misconception(), now);
        }
        RecurringMisconception pattern = null;
        if (item.firstGraded()) {
            Recorded recorded = mastery.record(learner(session), plan.skills(), skills, item.spec().skillId(),
                    (int) Math.floor(item.spec().difficulty()), attempt(item, checked, now));
            cardReviews.record(subject, item, learner(session), checked, elapsedMillis, now);
            skills = criteria(session, plan, recorded.skills(), item, checked, now);
            pattern = recorded.newlyRecurring().orElse(null);
        }
        if (pattern == null && checked.misconception() != null) {
            pattern = habit(session, skills, item, checked.misconception(), now).orElse(null);
        }
        if (!checked.correct()) {
            PracticeItem after = item.mistake(properties.mistakesBeforeExample());
            session.breakStreak();
            items.update(after, null);
            sessions.update(session, now);
            return judged(plan, session, skills, after, checked, pattern).withTyped(response);
        }
        items.update(item.solved(), now);
        session.finishItem(item.firstGraded() && !item.assisted());
        Map<String, SkillMastery> updated = skills;
        Served next = afterItem(plan, session, updated, now, () -> serveNext(plan, session, updated, now, response.answer()));
        sessions.update(session, now);
        return new LoopState(session, plan, skills, next == null ? null : next.item(),
                next == null ? null : next.prepared(), checked, null, pattern, true, null, null);
    }

    /**
     * The next rung of the item's hint ladder, from the work the learner has typed (else their last
     * answer): a nudge (after a mistake, the fix of that mistake), the operation, the next line. The
     * last diagnosis stays on screen beside it, and the typed work comes back untouched.
     */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public LoopState hint(CourseSession course, long itemId, Response typed) {
        AssignmentPlan plan = plans.of(course);
        PracticeSession session = load(course, plan, clock.instant());
        Map<String, SkillMastery> skills = mastery.skillsOf(session.membershipId());
        if (!isOnScreen(session, itemId)) {
            return current(plan, session, skills).withNotice("practice.notice.stale");
        }
        PracticeItem item = items.find(itemId, session.id()).orElseThrow().hinted();
        PracticeSubject subject = subjects.get(session.subject());
        Response last = item.mistakes() == 0 ? null : attempts.latest(item.id()).orElse(null);
        Checked diagnosis = last == null ? null : subject.check(item.spec(), last);
        boolean typedSomething = !typed.answer().isBlank() || !typed.workLines().isEmpty();
        List<Text> ladder = subject.hints(item.spec(), typedSomething || last == null ? typed : last, item.mistakes() > 0);
        int rung = Math.min(item.hints(), ladder.size());
        Text hint = rung == 1 && diagnosis != null && diagnosis.hint() != null ? diagnosis.hint() : ladder.get(rung - 1);
        items.update(item, null);
        return new LoopState(session, plan, skills, item, subject.regenerate(item.spec()), diagnosis, hint, null, false,
                null, typedSomething || last == null ? typed : last);
    }

    /**
     * Leaves an item the learner could not solve, once the worked example has been shown: a fresh
     * problem of the same skill and level follows (unless a reflection or completion comes first).
     */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public LoopState moveOn(CourseSession course, long itemId) {
        Instant now = clock.instant();
        AssignmentPlan plan = plans.of(course);
        PracticeSession session = load(course, plan, now);
        Map<String, SkillMastery> skills = mastery.skillsOf(session.membershipId());
        PracticeItem item = isOnScreen(session, itemId) ? items.find(itemId, session.id()).orElseThrow() : null;
        if (item == null || !item.exampleShown()) {
            return current(plan, session, skills).withNotice(item == null ? "practice.notice.stale" : "practice.notice.keep-trying");
        }
        items.update(item.movedOn(), now);
        session.finishItem(false);
        afterItem(plan, session, skills, now, () -> serve(plan, session, new NextItemSpec(item.spec().skillId(),
                (int) Math.floor(item.spec().difficulty()), session.interests(), items.recent(session.id(), null).history(), session.learnerSeed(),
                plan.contexts()), "PARALLEL", item.spec().skillId(), now));
        sessions.update(session, now);
        return current(plan, session, skills);
    }

    /** Stores the reflection the loop is waiting for, then practice goes on. */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public LoopState reflect(CourseSession course, String text) {
        Instant now = clock.instant();
        AssignmentPlan plan = plans.of(course);
        PracticeSession session = load(course, plan, now);
        Map<String, SkillMastery> skills = mastery.skillsOf(session.membershipId());
        if (!session.reflecting()) {
            return current(plan, session, skills);
        }
        String body = text == null ? "" : text.strip();
        if (body.length() < properties.minimumReflection() || body.length() > Attempts.MAX_WORK) {
            return current(plan, session, skills).withNotice(body.isEmpty() ? "practice.reflection.required" : "practice.reflection.length");
        }
        boolean last = session.finalReflectionDue();
        if (reflections.write(session.id(), session.reflections() + 1, last, prompts.next(session), body, now)) {
            session.reflected(now);
            if (last) {
                completed(plan, session, skills, now);
            }
            serveNext(plan, session, skills, now);
            sessions.update(session, now);
        }
        return current(plan, session, skills).withNotice("practice.reflection.thanks");
    }

    /**
     * The other criteria the response was judged on ({@link Checked#notes}: writing judges a thesis
     * and its language at once), each recorded on its own skill when the assignment practises it.
     * Only the rules' notes count: a language model's comment adds wording, never a verdict.
     */
    private Map<String, SkillMastery> criteria(PracticeSession session, AssignmentPlan plan, Map<String, SkillMastery> skills,
            PracticeItem item, Checked checked, Instant now) {
        Map<String, SkillMastery> after = skills;
        for (Note note : checked.notes()) {
            if (note.source() == Note.Source.RULES && !note.criterion().equals(item.spec().skillId())
                    && plan.skills().skills().contains(note.criterion())) {
                after = mastery.record(learner(session), plan.skills(), after, note.criterion(), (int) Math.floor(item.spec().difficulty()),
                        note.met() ? Attempt.correct(now) : Attempt.incorrect(now)).skills();
            }
        }
        return after;
    }

    /** A habit across skills: the same misconception in the learner's latest problems, whatever their skills. */
    private Optional<RecurringMisconception> habit(PracticeSession session, Map<String, SkillMastery> skills, PracticeItem item,
            String code, Instant now) {
        int looked = Math.min(mastery.habitWindow(), item.seq());
        int showing = attempts.itemsShowing(session.id(), code, item.seq() - looked);
        return mastery.noticeHabit(session.membershipId(), skills, item.spec().skillId(), code, showing, looked, now);
    }

    /** After a finished item: a reflection when a block or the assignment ends, else the {@code next} item (returned). */
    private Served afterItem(AssignmentPlan plan, PracticeSession session, Map<String, SkillMastery> skills, Instant now,
            Supplier<Served> next) {
        // once met, the goal stays met however the estimates move; only a teacher's new goal reopens it (AssignmentGoals)
        boolean completes = !session.completed() && mastery.completed(plan.skills(), skills, session.itemsDone());
        if (plan.reflectionRequired() && (completes || session.blockDone() >= properties.blockSize())) {
            session.askForReflection(completes);
            return null;
        }
        if (completes) {
            session.complete(now);
            completed(plan, session, skills, now);
        }
        return next.get();
    }

    private void completed(AssignmentPlan plan, PracticeSession session, Map<String, SkillMastery> skills, Instant now) {
        events.publishEvent(new AssignmentCompleted(session.membershipId(), session.contextId(), session.linkId(),
                mastery.score(plan.skills(), skills), now));
    }

    private Served serveNext(AssignmentPlan plan, PracticeSession session, Map<String, SkillMastery> skills, Instant now) {
        return serveNext(plan, session, skills, now, null);
    }

    /** The next item the policy chooses; {@code lastAnswer} is the answer to the latest item when just given (else read). */
    private Served serveNext(AssignmentPlan plan, PracticeSession session, Map<String, SkillMastery> skills, Instant now,
            String lastAnswer) {
        PracticeItems.Recent recent = items.recent(session.id(), lastAnswer);
        int detour = recent.trailing(ChoiceReason.PREREQUISITE_REVIEW.name(), NextItemPolicy.DETOUR_ITEMS);
        TeacherFocus steering = session.focus(() -> focus.current(session.linkId(), session.membershipId()))
                .map(PracticeFocus.Given::focus).orElse(null);
        ItemChoice choice = mastery.choose(plan.skills(), skills, detour, now, steering);
        return serve(plan, session, new NextItemSpec(choice.skillId(), choice.difficulty(), session.interests(),
                recent.history(), session.learnerSeed(), plan.contexts()), choice.reason().name(),
                choice.cause().isEmpty() ? null : choice.cause(), now);
    }

    private Served serve(AssignmentPlan plan, PracticeSession session, NextItemSpec spec, String reason, String cause, Instant now) {
        PracticeSubject subject = subjects.get(session.subject());
        NextItemSpec request = spec.avoiding(courses.nameWordsOf(session.membershipId()))
                .withModel(plan.llmEnabled() ? session.contextId() : null)
                .withDueCards(cardReviews.due(subject, learner(session), now));
        PreparedItem next = subject.next(request);
        int seq = session.itemsDone() + 1;
        long id = items.serve(session.id(), seq, next, reason, cause, now);
        session.serve(id);
        return new Served(new PracticeItem(id, session.id(), seq, next.spec(), next.key(), reason, cause, 0, 0, 0, false, null), next);
    }

    private LoopState current(AssignmentPlan plan, PracticeSession session, Map<String, SkillMastery> skills) {
        if (session.currentItemId() == null || session.reflecting()) {
            return LoopState.of(session, plan, skills, null, null);
        }
        PracticeItem item = items.find(session.currentItemId(), session.id()).orElseThrow();
        return LoopState.of(session, plan, skills, item, subjects.get(session.subject()).regenerate(item.spec()));
    }

    private LoopState judged(AssignmentPlan plan, PracticeSession session, Map<String, SkillMastery> skills, PracticeItem item,
            Checked checked, RecurringMisconception pattern) {
        return new LoopState(session, plan, skills, item, subjects.get(session.subject()).regenerate(item.spec()),
                checked, null, pattern, false, null, null);
    }

    private PracticeSession load(CourseSession course, AssignmentPlan plan, Instant now) {
        return sessions.find(course.membershipId(), course.linkId()).orElseGet(() -> sessions.open(course.membershipId(),
                course.contextId(), course.linkId(), plan.subject(), seeds.nextLong() & Long.MAX_VALUE, now));
    }

    private static boolean isOnScreen(PracticeSession session, long itemId) {
        return !session.reflecting() && session.currentItemId() != null && session.currentItemId() == itemId;
    }

    private static LearnerRef learner(PracticeSession session) {
        return new LearnerRef(session.membershipId(), session.contextId(), session.linkId());
    }

    private static Attempt attempt(PracticeItem item, Checked checked, Instant now) {
        if (checked.correct()) {
            return item.assisted() ? Attempt.assisted(now) : Attempt.correct(now);
        }
        return checked.misconception() == null ? Attempt.incorrect(now) : Attempt.incorrect(checked.misconception(), now);
    }

    /** An item just served, and ready to show. */
    private record Served(PracticeItem item, PreparedItem prepared) {
    }
}
