package dev.deliberate.gradebook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.deliberate.course.GradeTarget;
import dev.deliberate.lti.services.Score;
import dev.deliberate.mastery.Mastery;
import dev.deliberate.practice.PracticeProgress;

/**
 * The AGS score for a row: mastery scaled to the line item's maximum, progress fields, a short
 * comment ("Mastery 82% · 57 problems · focus: negative fractions") and a timestamp later than the
 * last one sent or fixed by at least a second (Moodle compares whole seconds and refuses equal ones).
 *
 * <p>gradingProgress is FullyGraded once the assignment is complete. Before that it is Pending, which
 * platforms treat as "not final" (Canvas makes no submission) — except Moodle, which discards the
 * score unless it is FullyGraded, so Moodle gets FullyGraded with activityProgress InProgress and the
 * teacher sees mastery grow.
 */
@Component
class ScoreBuilder {

    private final PracticeProgress progress;
    private final Mastery mastery;
    private final MessageSource messages;

    ScoreBuilder(PracticeProgress progress, Mastery mastery, MessageSource messages) {
        this.progress = progress;
        this.mastery = mastery;
        this.messages = messages;
    }

    Score build(SyncRow row, GradeTarget target, double maximum, Instant timestamp) {
        PracticeProgress.Progress done = progress.of(row.membershipId(), row.linkId());
        boolean complete = row.completed() || done.completed();
        String activity = complete ? "Completed" : done.itemsDone() == 0 ? "Started" : "InProgress";
        String grading = complete || "moodle".equals(target.platformFamily()) ? "FullyGraded" : "Pending";
        double given = Math.round(row.score() * maximum * 100) / 100.0;
        Locale language = target.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(target.locale());
        return new Score(target.userId(), given, maximum, activity, grading, timestamp, comment(row, done, language));
    }

    /**
     * The timestamp for a new version: now in whole seconds (every database keeps those exactly,
     * so a resend carries the very same value), and at least a second after both the last one
     * delivered and the last one fixed for an earlier version (which may have arrived without its
     * answer, and may come from a node whose clock runs ahead): a platform keeps only a score
     * newer than the one it holds, so version v+1 must never look older than v.
     */
    static Instant timestamp(SyncRow row, Instant now) {
        Instant candidate = now.truncatedTo(ChronoUnit.SECONDS);
        for (Instant earlier : new Instant[] { row.lastTimestamp(), row.stampTimestamp() }) {
            if (earlier != null && !candidate.isAfter(earlier)) {
                candidate = earlier.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            }
        }
        return candidate;
    }

    /** "Mastery 82% · 57 problems · focus: negative fractions", in the course's language. */
    private String comment(SyncRow row, PracticeProgress.Progress done, Locale language) {
        String text = messages.getMessage("gradebook.comment", new Object[] { Math.round(row.score() * 100), done.itemsDone() },
                language);
        return mastery.mainMisconception(row.membershipId())
                .map(code -> text + messages.getMessage("gradebook.comment.focus",
                        new Object[] { messages.getMessage("math.misconception." + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                                null, code, language).toLowerCase(language) }, language))
                .orElse(text);
    }
}
