package dev.deliberate.gradebook;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.course.GradeTarget;
import dev.deliberate.lti.services.AssignmentGrades;
import dev.deliberate.lti.services.Result;
import dev.deliberate.lti.services.ServiceFailure;
import dev.deliberate.shared.DbTime;

/** What the teacher sees of grade sync: per student of the session's assignment, where their score stands. */
@Component
public class GradebookStatus {

    private static final Logger log = LoggerFactory.getLogger(GradebookStatus.class);

    private final JdbcClient jdbc;
    private final ScoreOutbox outbox;
    private final Courses courses;
    private final AssignmentGrades grades;
    private final Clock clock;

    GradebookStatus(JdbcClient jdbc, ScoreOutbox outbox, Courses courses, AssignmentGrades grades, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.courses = courses;
        this.grades = grades;
        this.clock = clock;
    }

    /** What reading the LMS's results gave: how it went, and each student's score there by membership id. */
    public record Comparison(Outcome outcome, Map<Long, Double> lmsScores) {

        public enum Outcome {
            READ, NO_LINE_ITEM, FAILED
        }
    }

    /**
     * Reads the assignment's results back from the LMS (AGS results service), to set beside the
     * scores sent: a difference means the score was changed in the LMS, or has not arrived yet.
     */
    public Comparison compare(CourseSession teacher) {
        Optional<GradeTarget> target = courses.gradeTarget(teacher.linkId(), teacher.membershipId());
        if (target.isEmpty() || target.get().lineItemUrl() == null) {
            return new Comparison(Comparison.Outcome.NO_LINE_ITEM, Map.of());
        }
        try {
            Map<String, Long> students = courses.userIds(teacher, CourseRole.STUDENT);
            Map<Long, Double> scores = new java.util.HashMap<>();
            for (Result result : grades.results(target.get().platformId(), target.get().lineItemUrl(), null)) {
                Long membership = students.get(result.userId());
                if (membership != null && result.resultScore() != null) {
                    scores.put(membership, result.resultScore());
                }
            }
            return new Comparison(Comparison.Outcome.READ, scores);
        }
        catch (ServiceFailure failure) {
            log.warn("Results of link {} not read reason={} status={} detail={}", teacher.linkId(),
                    failure.isTransient() ? "TRANSIENT" : "PERMANENT", failure.status(), failure.getMessage());
            return new Comparison(Comparison.Outcome.FAILED, Map.of());
        }
    }

    /** Sync state by membership id, for the teacher's assignment. */
    public Map<Long, Sync> of(CourseSession teacher) {
        return jdbc.sql("SELECT membership_id, status, sent_score, last_sent_at, last_error, last_status FROM gradebook_sync "
                + "WHERE link_id = ? AND context_id = ?")
                .params(teacher.linkId(), teacher.contextId())
                .query((rs, i) -> new Sync(rs.getLong(1), SyncStatus.valueOf(rs.getString(2)), rs.getObject(3, Double.class),
                        DbTime.read(rs, "last_sent_at"), rs.getString(5), rs.getObject(6, Integer.class)))
                .list().stream().collect(Collectors.toMap(Sync::membershipId, Function.identity()));
    }

    /** Tries a failed score again; only within the teacher's own course. */
    public boolean retry(CourseSession teacher, long membershipId) {
        return outbox.retryNow(teacher.linkId(), teacher.contextId(), membershipId, clock.instant());
    }

    /** One student's score delivery. */
    public record Sync(long membershipId, SyncStatus status, Double sentScore, Instant lastSentAt, String lastError,
            Integer lastStatus) {
    }
}
