package dev.deliberate.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.deliberate.course.AssignmentSettingsChanged;
import dev.deliberate.mastery.Mastery;
import dev.deliberate.mastery.SkillMastery;
import dev.deliberate.shared.DbTime;

/**
 * Applies a teacher's new settings: the next item of every student follows the new plan, and
 * whoever had completed the assignment but no longer meets the new goal is reopened now (the class
 * view and the gradebook say so at once); a reflection pending as the final one becomes an ordinary
 * block's. This is the only place a completion is undone: once met, a goal stays met however the
 * estimates move. A student who meets a lowered goal completes on their next
 * item, through the final reflection when one is asked for, as anyone does.
 */
@Component
class AssignmentGoals {

    private final AssignmentPlans plans;
    private final Mastery mastery;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentGoals(AssignmentPlans plans, Mastery mastery, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.mastery = mastery;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(AssignmentSettingsChanged changed) {
        plans.forget(changed.linkId());
        AssignmentPlan plan = plans.of(changed.teacher());
        Instant now = clock.instant();
        for (Completed done : completed(changed.linkId())) {
            Map<String, SkillMastery> skills = mastery.skillsOf(done.membershipId());
            if (!mastery.completed(plan.skills(), skills, done.itemsDone()) && reopen(done.sessionId(), now) && done.completed()) {
                events.publishEvent(new AssignmentReopened(done.membershipId(), changed.contextId(), changed.linkId(),
                        mastery.score(plan.skills(), skills), now));
            }
        }
    }

    /** Again once the settings are committed: a request between the first drop and the commit may have cached the old plan. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(AssignmentSettingsChanged changed) {
        plans.forget(changed.linkId());
    }

    private List<Completed> completed(long linkId) {
        return jdbc.sql("""
                SELECT id, membership_id, items_done, completed_at FROM practice_session
                WHERE link_id = ? AND (completed_at IS NOT NULL OR final_reflection_due = TRUE)""")
                .param(linkId).query((rs, i) -> new Completed(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4) != null)).list();
    }

    private boolean reopen(long sessionId, Instant now) {
        return jdbc.sql("""
                UPDATE practice_session SET completed_at = NULL, final_reflection_due = FALSE,
                    status = CASE WHEN status = 'COMPLETE' THEN 'PRACTISING' ELSE status END, updated_at = ?, version = version + 1
                WHERE id = ? AND (completed_at IS NOT NULL OR final_reflection_due = TRUE)""").params(DbTime.of(now), sessionId).update() == 1;
    }

    /** A session that met the goal: completed, or waiting for the final reflection that completes it. */
    private record Completed(long sessionId, long membershipId, int itemsDone, boolean completed) {
    }
}
