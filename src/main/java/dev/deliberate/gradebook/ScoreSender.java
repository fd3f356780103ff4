package dev.deliberate.gradebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
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
 * the same row), sends each with a few parallel senders, renewing the lease just before the send and
 * dropping a row whose lease ran out while it waited, and records the outcome only while it still
 * holds the claim. A node that dies mid-send leaves its rows to be claimed again when the lease ends.
 * The timestamp of each version is stored before its first send, so every resend of that version
 * (after a timeout, or by another node) is the same score to the platform: Moodle answers 409 and
 * Canvas 400 (both counted as delivered), and the AGS rule that only a newer timestamp changes a
 * result keeps others from counting it twice.
 */
@Component
class ScoreSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScoreSender.class);
    /** Batches one poll may send back to back, so a backlog never starves the scheduler thread for long. */
    private static final int MAX_BATCHES_PER_POLL = 50;

    private final ScoreOutbox outbox;
    private final Courses courses;
    private final AssignmentLineItems lineItems;
    private final AssignmentGrades grades;
    private final ScoreBuilder scores;
    private final GradebookProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String node = UUID.randomUUID().toString();
    private final ExecutorService senders;

    ScoreSender(ScoreOutbox outbox, Courses courses, AssignmentLineItems lineItems, AssignmentGrades grades, ScoreBuilder scores,
            GradebookProperties properties, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.outbox = outbox;
        this.courses = courses;
        this.lineItems = lineItems;
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
            Optional<LineItem> lineItem = lineItems.of(target, row);
            if (lineItem.isEmpty()) {
                // another sender is finding or creating the assignment's line item: wait for it, without counting an attempt
                outbox.postpone(row, node, clock.instant().plus(properties.backoff()));
                return;
            }
            Instant stamped = row.stampedTimestamp();
            Instant timestamp = stamped != null ? stamped : ScoreBuilder.timestamp(row, clock.instant());
            Score score = scores.build(row, target, AssignmentLineItems.maximum(lineItem.get()), timestamp);
            if (!stillHeld(row) || stamped == null && !outbox.stamp(row, node, timestamp)) {
                return;
            }
            publish(row, target, lineItem.get(), score, row.mayHaveArrived());
            Instant now = clock.instant();
            outbox.delivered(row, node, score.scoreGiven(), score.timestamp(), now, now.plus(properties.quiet()),
                    now.plus(properties.maxWait()));
            count("sent");
        }
        catch (ServiceFailure failure) {
            handle(row, failure);
        }
        catch (RuntimeException unexpected) {
            log.error("Score for link {} member {} failed unexpectedly", row.linkId(), row.membershipId(), unexpected);
            handle(row, new ServiceFailure(ServiceFailure.Kind.TRANSIENT, 0, unexpected.toString(), null));
        }
    }

    /**
     * Renews the lease just before the send. The rows of a batch are claimed together and may wait
     * behind each other's slow sends past their lease, when another node may claim, stamp and send
     * them; the stamp checks the claim only for a version not stamped yet, so without this check
     * both nodes would send.
     */
    private boolean stillHeld(SyncRow row) {
        Instant now = clock.instant();
        if (outbox.hold(row, node, now, now.plus(properties.lease()))) {
            return true;
        }
        log.warn("Score not sent reason=LEASE_LOST link={} member={}: its lease ended before its send began, another node sends it",
                row.linkId(), row.membershipId());
        return false;
    }

    /**
     * Publishes the score. A refusal saying the platform already holds this score or a newer one
     * returns as a delivery: Moodle's 409 ("earlier timestamp"), and Canvas's 400 "Provided timestamp
     * … before last updated timestamp" to a resend whose earlier send got no answer, so may have
     * arrived. The same 400 otherwise means the platform holds a later timestamp (Canvas keeps its own
     * save time, in milliseconds; another node's clock may run ahead): the version gets a later
     * timestamp on its next attempt.
     */
    private void publish(SyncRow row, GradeTarget target, LineItem lineItem, Score score, boolean resend) {
        try {
            grades.publish(target.platformId(), lineItem.id(), score);
        }
        catch (ServiceFailure failure) {
            if (failure.status() == 409 || resend && timestampRefused(failure)) {
                log.info("Score counted as delivered reason=ALREADY_HELD link={} member={} status={}", row.linkId(), row.membershipId(),
                        failure.status());
                return;
            }
            if (timestampRefused(failure)) {
                outbox.unstamp(row, node);
                throw new ServiceFailure(ServiceFailure.Kind.TRANSIENT, failure.status(), failure.getMessage(), null);
            }
            throw failure;
        }
    }

    /** Canvas's refusal of a score not newer than the one it holds, matched loosely: its wording is not specified. */
    private static boolean timestampRefused(ServiceFailure failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        return failure.status() == 400 && message.contains("timestamp") && message.contains("before");
    }

    private void handle(SyncRow row, ServiceFailure failure) {
        int attempts = row.attempts() + 1;
        if (!failure.isTransient() || attempts >= properties.maxAttempts()) {
            log.warn("Score delivery failed reason={} link={} member={} status={} detail={}",
                    failure.isTransient() ? "GAVE_UP" : "PERMANENT", row.linkId(), row.membershipId(), failure.status(), failure.getMessage());
            outbox.failed(row, node, attempts, failure.getMessage(), failure.status(), failure.isTransient());
            count(failure.isTransient() ? "gave-up" : "refused");
            return;
        }
        Duration wait = backoff(attempts, failure.retryAfter());
        log.info("Score delivery retried reason=TRANSIENT link={} member={} status={} attempt={} in={}", row.linkId(),
                row.membershipId(), failure.status(), attempts, wait);
        outbox.retry(row, node, attempts, clock.instant().plus(wait), failure.getMessage(), failure.status());
        count("retried");
    }

    /** {@code deliberate.scores{outcome}}: scores sent, retried, given up on after retries, refused by the platform. */
    private void count(String outcome) {
        meters.counter("deliberate.scores", "outcome", outcome).increment();
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
