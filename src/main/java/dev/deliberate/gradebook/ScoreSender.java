package dev.deliberate.gradebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.deliberate.course.Courses;
import dev.deliberate.course.GradeTarget;
import dev.deliberate.lti.services.AssignmentGrades;
import dev.deliberate.lti.services.LineItem;
import dev.deliberate.lti.services.Score;
import dev.deliberate.lti.services.ServiceFailure;

/**
 * Delivers due scores. Each poll claims due rows (a lease in the database, so two nodes never send
 * the same row), sends each with a few parallel senders, and records the outcome only while it still
 * holds the claim. A node that dies mid-send leaves its rows to be claimed again when the lease ends.
 * The timestamp of each version is stored before its first send, so every resend of that version
 * (after a timeout, or by another node) is the same score to the platform: Moodle answers 409, and
 * the AGS rule that only a newer timestamp changes a result keeps others from counting it twice.
 */
@Component
class ScoreSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScoreSender.class);
    static final String LINE_ITEM_TAG = "deliberate-mastery";
    static final double SCORE_MAXIMUM = 100;
    /** Batches one poll may send back to back, so a backlog never starves the scheduler thread for long. */
    private static final int MAX_BATCHES_PER_POLL = 50;

    private final ScoreOutbox outbox;
    private final Courses courses;
    private final AssignmentGrades grades;
    private final ScoreBuilder scores;
    private final GradebookProperties properties;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private final ExecutorService senders;

    ScoreSender(ScoreOutbox outbox, Courses courses, AssignmentGrades grades, ScoreBuilder scores, GradebookProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.courses = courses;
        this.grades = grades;
        this.scores = scores;
        this.properties = properties;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(properties.senders(), runnable -> {
            Thread thread = new Thread(runnable, "score-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelayString = "${deliberate.gradebook.poll:500ms}", initialDelayString = "${deliberate.gradebook.poll:500ms}")
    void sendDue() {
        // a full batch means more are due: take the next one at once instead of waiting for the next poll
        for (int batches = 0; batches < MAX_BATCHES_PER_POLL && sendBatch() == properties.batch(); batches++) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** Claims and sends one batch of due rows; returns how many were due. */
    private int sendBatch() {
        Instant now = clock.instant();
        List<Long> due = outbox.due(now, properties.batch());
        List<Future<?>> sends = new ArrayList<>();
        for (long id : due) {
            if (outbox.claim(id, node, now, now.plus(properties.lease()))) {
                sends.add(senders.submit(() -> outbox.read(id).ifPresent(this::send)));
            }
        }
        for (Future<?> send : sends) {
            try {
                send.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            catch (java.util.concurrent.ExecutionException e) {
                log.error("Score send crashed; its row is retried when the lease ends", e.getCause());
            }
        }
        return due.size();
    }

    void send(SyncRow row) {
        try {
            GradeTarget target = courses.gradeTarget(row.linkId(), row.membershipId())
                    .orElseThrow(() -> new ServiceFailure(ServiceFailure.Kind.PERMANENT, 0, "the assignment or student no longer exists", null));
            LineItem lineItem = lineItem(target, row);
            Instant timestamp = row.stampedTimestamp();
            if (timestamp == null) {
                timestamp = ScoreBuilder.timestamp(row, clock.instant());
                if (!outbox.stamp(row, node, timestamp)) {
                    return; // the lease ended and another node has the row now
                }
            }
            Score score = scores.build(row, target, lineItem.scoreMaximum() > 0 ? lineItem.scoreMaximum() : SCORE_MAXIMUM, timestamp);
            grades.publish(target.platformId(), lineItem.id(), score);
            Instant now = clock.instant();
            outbox.delivered(row, node, score.scoreGiven(), score.timestamp(), now, now.plus(properties.quiet()),
                    now.plus(properties.maxWait()));
        }
        catch (ServiceFailure failure) {
            handle(row, failure);
        }
        catch (RuntimeException unexpected) {
            log.error("Score for link {} member {} failed unexpectedly", row.linkId(), row.membershipId(), unexpected);
            handle(row, new ServiceFailure(ServiceFailure.Kind.TRANSIENT, 0, unexpected.toString(), null));
        }
    }

    /** The assignment's line item: known from the launch or an earlier send, else found or created in the container. */
    private LineItem lineItem(GradeTarget target, SyncRow row) {
        if (target.lineItemUrl() != null) {
            double maximum = target.lineItemMaximum() != null ? target.lineItemMaximum()
                    : remember(row, grades.get(target.platformId(), target.lineItemUrl())).scoreMaximum();
            return new LineItem(target.lineItemUrl(), target.linkTitle(), maximum, target.resourceLinkId(), null, null);
        }
        if (target.lineItemsUrl() == null) {
            throw new ServiceFailure(ServiceFailure.Kind.PERMANENT, 0, "the platform offers no grade service (AGS) for this course", null);
        }
        String resourceId = "deliberate-link-" + row.linkId();
        LineItem found = grades.find(target.platformId(), target.lineItemsUrl(), target.resourceLinkId(), resourceId)
                .orElseGet(() -> grades.create(target.platformId(), target.lineItemsUrl(), new LineItem(null,
                        target.linkTitle() == null ? "Deliberate practice" : target.linkTitle(), SCORE_MAXIMUM,
                        target.resourceLinkId(), resourceId, LINE_ITEM_TAG)));
        return remember(row, found);
    }

    private LineItem remember(SyncRow row, LineItem item) {
        courses.recordLineItem(row.linkId(), item.id(), item.scoreMaximum() > 0 ? item.scoreMaximum() : SCORE_MAXIMUM);
        return item;
    }

    private void handle(SyncRow row, ServiceFailure failure) {
        int attempts = row.attempts() + 1;
        if (failure.status() == 409) {
            // Moodle answers 409 to a score not newer than the one it holds: this one (or a newer) already arrived
            Instant stamped = row.stampedTimestamp();
            Instant now = clock.instant();
            outbox.delivered(row, node, row.score(), stamped != null ? stamped : row.lastTimestamp() != null ? row.lastTimestamp() : now,
                    now, now.plus(properties.quiet()), now.plus(properties.maxWait()));
            return;
        }
        if (!failure.isTransient() || attempts >= properties.maxAttempts()) {
            log.warn("Score delivery failed reason={} link={} member={} status={} detail={}",
                    failure.isTransient() ? "GAVE_UP" : "PERMANENT", row.linkId(), row.membershipId(), failure.status(), failure.getMessage());
            outbox.failed(row, node, attempts, failure.getMessage(), failure.status());
            return;
        }
        Duration wait = backoff(attempts, failure.retryAfter());
        log.info("Score delivery retried reason=TRANSIENT link={} member={} status={} attempt={} in={}", row.linkId(),
                row.membershipId(), failure.status(), attempts, wait);
        outbox.retry(row, node, attempts, clock.instant().plus(wait), failure.getMessage(), failure.status());
    }

    /** Exponential backoff with jitter (half to full of the doubled delay), never shorter than Retry-After. */
    Duration backoff(int attempts, Duration retryAfter) {
        long base = properties.backoff().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, properties.maxBackoff().toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis()));
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
