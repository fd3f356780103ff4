package dev.deliberate.gradebook;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.deliberate.mastery.MasteryChanged;
import dev.deliberate.practice.AssignmentCompleted;
import dev.deliberate.practice.AssignmentReopened;

/**
 * Turns learning events into outbox rows, inside the transaction that raised them: the attempt and
 * the promise to report it are stored together, or not at all. Nothing here calls the platform.
 */
@Component
class ScoreChanges {

    private final ScoreOutbox outbox;
    private final GradebookProperties properties;
    private final Clock clock;

    ScoreChanges(ScoreOutbox outbox, GradebookProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(MasteryChanged change) {
        Instant now = clock.instant();
        outbox.changed(change.linkId(), change.membershipId(), change.contextId(), change.assignmentScore(), false, now,
                now.plus(properties.quiet()), now.plus(properties.maxWait()));
    }

    @EventListener
    void on(AssignmentCompleted completed) {
        Instant now = clock.instant();
        outbox.changed(completed.linkId(), completed.membershipId(), completed.contextId(), completed.score(), true, now, now, now);
    }

    @EventListener
    void on(AssignmentReopened reopened) {
        Instant now = clock.instant();
        outbox.reopened(reopened.linkId(), reopened.membershipId());
        outbox.changed(reopened.linkId(), reopened.membershipId(), reopened.contextId(), reopened.score(), false, now, now, now);
    }
}
