package dev.deliberate.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.lti.LtiRole;

/** What launches record about people and courses, including thirty students arriving at once. */
abstract class CourseRecordsDatabaseTests {

    @Autowired
    CourseRecords records;

    @Autowired
    Courses courses;

    @Autowired
    JdbcClient jdbc;

    private final String issuer = "https://lms-" + UUID.randomUUID() + ".example.edu";

    private LtiLaunch launch(String deployment, String contextId, String subject) {
        return launch(3, deployment, contextId, subject);
    }

    private LtiLaunch launch(long registration, String deployment, String contextId, String subject) {
        return new LtiLaunch(new LtiLaunch.PlatformRef(registration, issuer, "client-" + registration), deployment, "LtiResourceLinkRequest", subject,
                new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", "ada@example.edu"), LtiRole.STUDENT, List.of("Learner"),
                new LtiLaunch.Context(contextId, "Algebra", "ALG"), new LtiLaunch.ResourceLink("link-1", "Practice"),
                "https://tool/lti/launch", Map.of(), "en", null,
                new LtiLaunch.Services("https://lms/lineitems", "https://lms/lineitems/1", List.of(), "https://lms/memberships"), "canvas", null);
    }

    @Test
    void aPersonIsRecordedOnceAndUpdatedWhenTheLmsChangesTheirName() {
        Instant now = Instant.now();
        LtiLaunch.Person ada = new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null);
        long first = records.person(3, issuer, "u1", ada, "en", now).id();
        long again = records.person(3, issuer, "u1", ada, "en", now).id();
        long renamed = records.person(3, issuer, "u1", new LtiLaunch.Person("Ada King", "Ada", "King", null), "en", now).id();

        assertThat(again).isEqualTo(first);
        assertThat(renamed).isEqualTo(first);
        assertThat(jdbc.sql("SELECT name FROM course_person WHERE id = ?").param(first).query(String.class).single())
                .isEqualTo("Ada King");
    }

    @Test
    void aSecondRegistrationOfTheSameIssuerHasPeopleAndCoursesOfItsOwn() {
        Instant now = Instant.now();
        LtiLaunch.Person ada = new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null);

        long oldPerson = records.person(3, issuer, "u1", ada, "en", now).id();
        long newPerson = records.person(4, issuer, "u1", ada, "en", now).id();
        long oldCourse = records.context(launch(3, "1", "course-1", "u1"), now);
        long newCourse = records.context(launch(4, "1", "course-1", "u1"), now);

        assertThat(newPerson).as("same sub, another registration").isNotEqualTo(oldPerson);
        assertThat(newCourse).as("same deployment and context id, another registration").isNotEqualTo(oldCourse);
        assertThat(jdbc.sql("SELECT platform_id FROM course_context WHERE id = ?").param(oldCourse).query(Long.class).single())
                .as("the old course stays with its registration").isEqualTo(3L);
    }

    @Test
    void aCourseIsKeyedByDeploymentAndKeepsItsServiceUrls() {
        long a = records.context(launch("d1", "course-1", "u1"), Instant.now());
        long b = records.context(launch("d2", "course-1", "u1"), Instant.now());

        assertThat(a).isNotEqualTo(b);
        assertThat(records.context(launch("d1", "course-1", "u1"), Instant.now())).isEqualTo(a);
        assertThat(jdbc.sql("SELECT memberships_url FROM course_context WHERE id = ?").param(a).query(String.class).single())
                .isEqualTo("https://lms/memberships");
    }

    @Test
    void aMembershipCountsLaunchesAndKeepsTheFirstOne() {
        long context = records.context(launch("d1", "course-1", "u1"), Instant.now());
        long person = records.person(3, issuer, "u1", new LtiLaunch.Person(null, null, null, null), null, Instant.now()).id();
        Instant first = Instant.parse("2026-01-01T10:00:00Z");

        long id = records.membership(context, person, CourseRole.STUDENT, "Learner", first);
        records.membership(context, person, CourseRole.TEACHER, "Instructor", first.plusSeconds(60));

        Map<String, Object> row = jdbc.sql("SELECT role, launch_count FROM course_membership WHERE id = ?").param(id).query().singleRow();
        assertThat(row.get("role")).isEqualTo("TEACHER");
        assertThat(((Number) row.get("launch_count")).intValue()).isEqualTo(2);
    }

    @Test
    void aLaunchWithoutALineItemClaimKeepsTheLineItemTheToolFound() {
        Instant now = Instant.now();
        long context = records.context(launch("d1", "course-1", "u1"), now);
        LtiLaunch.ResourceLink practice = new LtiLaunch.ResourceLink("link-graded", "Practice");
        long link = records.link(context, practice, null, now);
        courses.recordLineItem(link, "https://lms/lineitems/9", 20);

        records.link(context, practice, null, now);
        records.link(context, new LtiLaunch.ResourceLink("link-graded", "Practice, renamed"), null, now);
        assertThat(lineItem(link)).as("kept through launches without the claim, even one that renames the link")
                .containsExactly("https://lms/lineitems/9", 20.0);

        records.link(context, practice, "https://lms/lineitems/9", now);
        assertThat(lineItem(link)).containsExactly("https://lms/lineitems/9", 20.0);

        records.link(context, practice, "https://lms/lineitems/10", now);
        assertThat(lineItem(link)).as("another line item named by the platform: its maximum is not known yet")
                .containsExactly("https://lms/lineitems/10", null);
    }

    @Test
    void oneSenderAtATimeLooksForTheLineItemOfALink() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        long context = records.context(launch("d1", "course-1", "u1"), now);
        long link = records.link(context, new LtiLaunch.ResourceLink("link-new", "Practice"), null, now);

        assertThat(courses.claimLineItem(link, "a", now, now.plusSeconds(120))).isTrue();
        assertThat(courses.claimLineItem(link, "b", now.plusSeconds(1), now.plusSeconds(121))).as("while a's claim runs").isFalse();
        assertThat(courses.claimLineItem(link, "b", now.plusSeconds(121), now.plusSeconds(241))).as("once it ran out").isTrue();
        courses.releaseLineItem(link, "a");
        assertThat(courses.claimLineItem(link, "c", now.plusSeconds(122), now.plusSeconds(242))).as("a cannot end b's claim").isFalse();
        courses.releaseLineItem(link, "b");
        assertThat(courses.claimLineItem(link, "c", now.plusSeconds(122), now.plusSeconds(242))).isTrue();
        courses.recordLineItem(link, "https://lms/lineitems/11", 100);
        assertThat(courses.claimLineItem(link, "d", now.plusSeconds(500), now.plusSeconds(620))).as("once the line item is known")
                .isFalse();
    }

    private List<Object> lineItem(long link) {
        return jdbc.sql("SELECT lineitem_url, lineitem_maximum FROM course_resource_link WHERE id = ?").param(link)
                .query((rs, i) -> java.util.Arrays.<Object>asList(rs.getString(1), rs.getObject(2, Double.class))).single();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void thirtyStudentsOpeningANewCourseAtOnceShareOneCourseRow() throws Exception {
        String contextId = "course-" + UUID.randomUUID();
        CyclicBarrier start = new CyclicBarrier(30);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Long>> launches = java.util.stream.IntStream.range(0, 30).<Callable<Long>>mapToObj(i -> () -> {
                start.await();
                return records.context(launch("d1", contextId, "u" + i), Instant.now());
            }).toList();
            List<Long> ids = pool.invokeAll(launches).stream().map(CourseRecordsDatabaseTests::get).distinct().toList();

            assertThat(ids).hasSize(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM course_context WHERE lms_context_id = ?").param(contextId)
                    .query(Long.class).single()).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static Long get(Future<Long> future) {
        try {
            return future.get();
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
