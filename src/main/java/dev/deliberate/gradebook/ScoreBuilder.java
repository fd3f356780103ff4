package dev.deliberate.gradebook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.deliberate.course.GradeTarget;
import dev.deliberate.lti.services.Score;
import dev.deliberate.mastery.Mastery;
import dev.deliberate.mastery.SkillMastery;
import dev.deliberate.practice.PracticeProgress;

/**
 * The AGS score for a row: mastery scaled to the line item's maximum, progress fields, a short
 * comment in the subject's words ("Mastery 82% · 57 problems · focus: negative fractions",
 * "Mastery 40% · 6 exercises · to work on: hooks") and a timestamp later than the
 * last one sent or fixed by at least a second (Moodle compares whole seconds and refuses equal ones).
 *
 * <p>Complete means the goal of {@link dev.deliberate.mastery.Completion} is met (every skill at the
 * target and the minimum number of problems, plus the final reflection when asked): the practice loop
 * decides it and records it on the session, and the comment then says "goal met". The grade itself is
 * the average mastery of the assignment's skills (the best the outbox was given).
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
        return new Score(target.userId(), given, maximum, activity, grading, timestamp, comment(row, done, complete, language));
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

    /**
     * "Mastery 82% · 57 problems · goal met · focus: negative fractions", in the course's language and
     * the subject's words: each subject may word the count ({@code <subject>.gradebook.comment}, e.g.
     * "57 exercises"); the focus is the learner's most frequent kind of mistake when the subject names
     * it ({@code <subject>.misconception.*}: math's misconceptions, French's reasons), else the
     * practised skill (a writing criterion) furthest from mastery. A code no bundle names is left out.
     */
    private String comment(SyncRow row, PracticeProgress.Progress done, boolean complete, Locale language) {
        Optional<PracticeProgress.Practised> practised = progress.practised(row.membershipId(), row.linkId());
        String subject = practised.map(PracticeProgress.Practised::subject).orElse(null);
        String text = bySubject(subject, "gradebook.comment", new Object[] { Math.round(row.score() * 100), done.itemsDone() }, language)
                + (complete ? messages.getMessage("gradebook.comment.goalMet", null, language) : "");
        if (subject == null) {
            return text;
        }
        Optional<String> mistake = mastery.mainMisconception(row.membershipId())
                .map(code -> messages.getMessage(subject + ".misconception." + code.toLowerCase(Locale.ROOT).replace('_', '-'), null, null,
                        language))
                .map(name -> messages.getMessage("gradebook.comment.focus", new Object[] { name.toLowerCase(language) }, language));
        return text + mistake.or(() -> weakest(row.membershipId(), practised.get(), language)).orElse("");
    }

    /** " · to work on: thesis statements": the practised skill with the lowest mastery, when one is not mastered yet. */
    private Optional<String> weakest(long membershipId, PracticeProgress.Practised practised, Locale language) {
        Map<String, SkillMastery> skills = mastery.skillsOf(membershipId);
        return practised.skills().stream().filter(skills::containsKey).filter(id -> !mastery.mastered(skills.get(id)))
                .min(Comparator.comparingDouble(id -> mastery.progress(skills.get(id))))
                .map(id -> messages.getMessage(practised.subject() + ".skill." + id, null, null, language))
                .map(name -> messages.getMessage("gradebook.comment.toWork", new Object[] { name.toLowerCase(language) }, language));
    }

    /** The subject's own wording of a message ({@code <subject>.<code>}) when it has one, else the common one. */
    private String bySubject(String subject, String code, Object[] args, Locale language) {
        String own = subject == null ? null : messages.getMessage(subject + "." + code, args, null, language);
        return own != null ? own : messages.getMessage(code, args, language);
    }
}
