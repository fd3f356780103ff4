package dev.deliberate.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.lti.LtiRole;
import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/**
 * A deleted member's open pages end: the membership cache forgets them when the deletion runs and
 * again when it commits, so a page that asked in between does not keep the member alive (and its
 * name words) for the cache's ten minutes.
 */
@DataLayerTest
@OnH2
@Import({ CourseRecords.class, LiveMemberships.class, ContextPlatforms.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LiveMembershipsOnH2Tests {

    @Autowired
    CourseRecords records;

    @Autowired
    LiveMemberships live;

    @Autowired
    ContextPlatforms platforms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final ExecutorService otherRequest = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        otherRequest.shutdownNow();
    }

    @Test
    void aMemberAskedForBetweenTheDeletionAndItsCommitIsForgottenAtTheCommit() throws Exception {
        long[] ids = member();
        long member = ids[0];
        long course = ids[1];
        assertThat(live.exists(member)).isTrue();
        assertThat(live.nameWords(member)).contains("Ada");
        assertThat(platforms.of(course)).contains(3L);

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM course_membership WHERE id = ?").param(member).update();
            jdbc.sql("DELETE FROM course_context WHERE id = ?").param(course).update();
            live.forget(List.of(member));
            platforms.forget(List.of(course));
            try {
                // another request, before the deletion commits, still reads the rows (read committed) and caches them
                assertThat(otherRequest.submit(() -> live.exists(member)).get()).isTrue();
                assertThat(otherRequest.submit(() -> live.nameWords(member)).get()).contains("Ada");
                assertThat(otherRequest.submit(() -> platforms.of(course)).get()).contains(3L);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(live.exists(member)).isFalse();
        assertThat(live.nameWords(member)).isEmpty();
        assertThat(platforms.of(course)).isEmpty();
    }

    /** A membership of Ada in a course of registration 3, and the course: their ids. */
    private long[] member() {
        Instant now = Instant.now();
        String issuer = "https://lms-" + UUID.randomUUID() + ".example.edu";
        LtiLaunch launch = new LtiLaunch(new LtiLaunch.PlatformRef(3, issuer, "client-3"), "1", "LtiResourceLinkRequest", "ada",
                new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null), LtiRole.STUDENT, List.of("Learner"),
                new LtiLaunch.Context("course-1", "Algebra", "ALG"), new LtiLaunch.ResourceLink("link-1", "Practice"),
                "https://tool/lti/launch", Map.of(), "en", null, new LtiLaunch.Services(null, null, List.of(), null), "canvas", null);
        CourseRecords.Known known = records.known(launch);
        long person = records.person(known, launch, "en", now).id();
        long course = records.context(known, launch, now);
        return new long[] { records.membership(known, course, person, CourseRole.STUDENT, "Learner", now), course };
    }
}
