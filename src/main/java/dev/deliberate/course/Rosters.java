package dev.deliberate.course;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.lti.LtiRole;
import dev.deliberate.lti.services.CourseMemberships;
import dev.deliberate.lti.services.Member;
import dev.deliberate.lti.services.Roster;
import dev.deliberate.lti.services.ServiceFailure;
import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.TransactionManagers;

/**
 * The course roster from NRPS, so students who never opened the assignment appear as "not
 * started". Read before the first teacher's page of a course is shown, again in the background
 * after a teacher's launch (at most every 5 minutes), and when the teacher asks
 * (at most once a minute); the platform's differences link makes later reads incremental.
 */
@Component
public class Rosters {

    private static final Logger log = LoggerFactory.getLogger(Rosters.class);
    /** Size of course_context.roster_differences_url. */
    static final int MAX_URL = 1024;
    static final Duration AFTER_LAUNCH = Duration.ofMinutes(5);
    static final Duration ON_DEMAND = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final CourseMemberships memberships;
    private final CourseRecords records;
    private final Clock clock;
    private final MeterRegistry meters;
    private final TransactionTemplate outsideTheLaunch;

    Rosters(JdbcClient jdbc, CourseMemberships memberships, CourseRecords records, Clock clock, MeterRegistry meters,
            @Qualifier(TransactionManagers.JDBC) PlatformTransactionManager transactions) {
        this.meters = meters;
        // after the launch's commit its connection is still bound to the thread, outside autocommit until the
        // transaction is cleaned up: the roster's reads and writes must not join it (nor hold its locks while
        // the platform answers), so the read runs with that transaction suspended, each statement on its own
        this.outsideTheLaunch = new TransactionTemplate(transactions);
        this.outsideTheLaunch.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.jdbc = jdbc;
        this.memberships = memberships;
        this.records = records;
        this.clock = clock;
    }

    /** What a roster refresh did. */
    public enum Outcome {
        REFRESHED, TOO_SOON, NO_SERVICE, FAILED
    }

    /** Reads the roster of the teacher's course now, unless it was read less than a minute ago. */
    public Outcome refresh(CourseSession teacher) {
        return refresh(teacher.contextId(), ON_DEMAND);
    }

    /**
     * The first teacher's launch of a course waits for the roster, so that the page it opens lists
     * every student at once; later launches read it in the background ({@link #afterTeacherLaunch}).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onFirstTeacherLaunch(TeacherLaunched launched) {
        outsideTheLaunch.executeWithoutResult(status -> firstRead(launched.contextId()));
    }

    private void firstRead(long contextId) {
        if (source(contextId).filter(s -> s.syncedAt() == null).isEmpty()) {
            return;
        }
        try {
            refresh(contextId, AFTER_LAUNCH);
        }
        catch (RuntimeException e) {
            // the launch is committed: a roster that cannot be read now must not turn it into an error page
            log.warn("Roster of course {} not read on the first launch detail={}", contextId, e.toString());
        }
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterTeacherLaunch(TeacherLaunched launched) {
        if (source(launched.contextId()).filter(s -> s.syncedAt() == null).isPresent()) {
            return; // the first read is onFirstTeacherLaunch's, in the launch's own thread
        }
        refresh(launched.contextId(), AFTER_LAUNCH);
    }

    Outcome refresh(long contextId, Duration minimumGap) {
        Optional<Source> source = source(contextId);
        if (source.isEmpty() || source.get().membershipsUrl() == null) {
            return Outcome.NO_SERVICE;
        }
        Instant now = clock.instant();
        if (!claim(contextId, source.get().syncedAt(), now, minimumGap)) {
            return Outcome.TOO_SOON;
        }
        try {
            Roster roster = read(source.get(), contextId);
            roster.members().forEach(member -> record(source.get(), contextId, member, now));
            // a differences link longer than the column is not kept: the next refresh reads the whole roster
            String differences = roster.differencesUrl() == null || roster.differencesUrl().length() > MAX_URL ? null
                    : roster.differencesUrl();
            jdbc.sql("UPDATE course_context SET roster_differences_url = ? WHERE id = ?").params(differences, contextId).update();
            log.info("Roster of course {} read: {} members", contextId, roster.members().size());
            meters.counter("deliberate.roster.reads", "outcome", "read").increment();
            return Outcome.REFRESHED;
        }
        catch (ServiceFailure failure) {
            log.warn("Roster of course {} not read reason={} status={} detail={}", contextId,
                    failure.isTransient() ? "TRANSIENT" : "PERMANENT", failure.status(), failure.getMessage());
            meters.counter("deliberate.roster.reads", "outcome", failure.isTransient() ? "failed-transient" : "failed-permanent").increment();
            return Outcome.FAILED;
        }
    }

    /**
     * The first read asks for students only; later ones follow the platform's differences link, if
     * it gave one. A differences link the platform refuses for good (expired, or unknown after an
     * upgrade) is forgotten and the whole roster read instead: kept, it would fail every refresh.
     */
    private Roster read(Source source, long contextId) {
        if (source.differencesUrl() != null) {
            try {
                return memberships.members(source.platformId(), source.differencesUrl());
            }
            catch (ServiceFailure failure) {
                if (failure.isTransient()) {
                    throw failure;
                }
                log.warn("Roster differences of course {} not read reason=PERMANENT status={} detail={}; reading the whole roster",
                        contextId, failure.status(), failure.getMessage());
                jdbc.sql("UPDATE course_context SET roster_differences_url = NULL WHERE id = ?").param(contextId).update();
            }
        }
        return memberships.members(source.platformId(), source.membershipsUrl(), CourseMemberships.LEARNER);
    }

    private void record(Source source, long contextId, Member member, Instant now) {
        Optional<LtiRole> role = LtiRole.from(member.roles());
        if (member.userId().isBlank() || role.isEmpty()) {
            return;
        }
        long person = records.rosterPerson(source.platformId(), source.issuer(), member.userId(),
                new LtiLaunch.Person(member.name(), member.givenName(), member.familyName(), member.email()), now);
        records.rosterMembership(contextId, person, role.get() == LtiRole.TEACHER ? CourseRole.TEACHER : CourseRole.STUDENT,
                member.active() ? "ACTIVE" : member.status().toUpperCase(java.util.Locale.ROOT));
    }

    /** One node at a time, and not more often than {@code gap}: the read stamps the course first. */
    private boolean claim(long contextId, Instant syncedAt, Instant now, Duration gap) {
        if (syncedAt != null && syncedAt.plus(gap).isAfter(now)) {
            return false;
        }
        return jdbc.sql("UPDATE course_context SET roster_synced_at = ? WHERE id = ? AND (roster_synced_at IS NULL OR roster_synced_at = ?)")
                .params(DbTime.of(now), contextId, DbTime.of(syncedAt)).update() == 1;
    }

    private Optional<Source> source(long contextId) {
        return jdbc.sql("SELECT platform_id, issuer, memberships_url, roster_differences_url, roster_synced_at "
                + "FROM course_context WHERE id = ?").param(contextId)
                .query((rs, i) -> new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        DbTime.read(rs, "roster_synced_at")))
                .optional();
    }

    private record Source(long platformId, String issuer, String membershipsUrl, String differencesUrl, Instant syncedAt) {
    }

}
