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
        return launch(registration, deployment, new LtiLaunch.Context(contextId, "Algebra", "ALG"), subject,
                new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", "ada@example.edu"), new LtiLaunch.ResourceLink("link-1", "Practice"),
                "https://lms/lineitems/1");
    }

    private LtiLaunch launch(long registration, String deployment, LtiLaunch.Context context, String subject, LtiLaunch.Person person,
            LtiLaunch.ResourceLink link, String lineItem) {
        return new LtiLaunch(new LtiLaunch.PlatformRef(registration, issuer, "client-" + registration), deployment, "LtiResourceLinkRequest", subject,
                person, LtiRole.STUDENT, List.of("Learner"), context, link, "https://tool/lti/launch", Map.of(), "en", null,
                new LtiLaunch.Services("https://lms/lineitems", lineItem, List.of(), "https://lms/memberships"), "canvas", null);
    }

    private LtiLaunch person(long registration, String subject, LtiLaunch.Person person) {
        return launch(registration, "1", new LtiLaunch.Context("course-1", "Algebra", "ALG"), subject, person,
                new LtiLaunch.ResourceLink("link-1", "Practice"), null);
    }

    private LtiLaunch link(LtiLaunch.ResourceLink link, String lineItem) {
        return launch(3, "d1", new LtiLaunch.Context("course-1", "Algebra", "ALG"), "u1",
                new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null), link, lineItem);
    }

    /** Records the launch's person as a launch does, from what one read found. */
    private long person(LtiLaunch launch, Instant now) {
        return records.person(records.known(launch), launch, "en", now).id();
    }

    /** Records the launch's course as a launch does, from what one read found. */
    private long context(LtiLaunch launch, Instant now) {
        return records.context(records.known(launch), launch, now);
    }

    /** Records the launch's course and resource link as a launch does: the link's id. */
    private long link(LtiLaunch launch, Instant now) {
        CourseRecords.Known known = records.known(launch);
        long context = records.context(known, launch, now);
        return records.link(known, context, launch.resourceLink(), launch.services().lineItem(), now);
    }

    @Test
    void aPersonIsRecordedOnceAndUpdatedWhenTheLmsChangesTheirName() {
        Instant now = Instant.now();
        LtiLaunch.Person ada = new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null);
        long first = person(person(3, "u1", ada), now);
        long again = person(person(3, "u1", ada), now);
        long renamed = person(person(3, "u1", new LtiLaunch.Person("Ada King", "Ada", "King", null)), now);

        assertThat(again).isEqualTo(first);
        assertThat(renamed).isEqualTo(first);
        assertThat(jdbc.sql("SELECT name FROM course_person WHERE id = ?").param(first).query(String.class).single())
                .isEqualTo("Ada King");
    }

    @Test
    void aReturningLaunchFindsItsPersonCourseLinkAndMembershipInOneRead() {
        Instant now = Instant.now();
        String subject = "u-" + UUID.randomUUID();
        LtiLaunch launch = launch(3, "d1", "course-" + UUID.randomUUID(), subject);
        CourseRecords.Known first = records.known(launch);
        assertThat(List.of(first.person(), first.context(), first.link(), first.membership())).allMatch(java.util.Optional::isEmpty);

        long person = records.person(first, launch, "en", now).id();
        long context = records.context(first, launch, now);
        long link = records.link(first, context, launch.resourceLink(), launch.services().lineItem(), now);
        long membership = records.membership(first, context, person, CourseRole.STUDENT, "Learner", now);
        records.chooseLocale(person, "fr");
        CourseRecords.Known again = records.known(launch);

        assertThat(again.person().map(CourseRecords.Existing::id)).contains(person);
        assertThat(again.context().map(CourseRecords.Existing::id)).contains(context);
        assertThat(again.link().map(CourseRecords.Existing::id)).contains(link);
        assertThat(again.membership()).contains(membership);
        assertThat(records.person(again, launch, "en", now).chosenLocale()).as("the language the person chose").contains("fr");
        CourseRecords.Known elsewhere = records.known(launch(3, "d1", "course-" + UUID.randomUUID(), subject));
        assertThat(elsewhere.person().map(CourseRecords.Existing::id)).as("the same person in another course").contains(person);
        assertThat(List.of(elsewhere.context(), elsewhere.link(), elsewhere.membership())).allMatch(java.util.Optional::isEmpty);
    }

    @Test
    void aReturningLaunchRewritesOnlyWhatTheLmsChanged() {
        Instant then = Instant.parse("2026-01-01T10:00:00Z");
        String subject = "u-" + UUID.randomUUID();
        String contextId = "course-" + UUID.randomUUID();
        LtiLaunch.Person ada = new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null);
        LtiLaunch before = launch(3, "d1", new LtiLaunch.Context(contextId, "Algebra", "ALG"), subject, ada,
                new LtiLaunch.ResourceLink("link-1", "Practice"), null);
        long person = person(before, then);
        long context = context(before, then);

        LtiLaunch renamed = launch(3, "d1", new LtiLaunch.Context(contextId, "Algebra II", "ALG"), subject, ada,
                new LtiLaunch.ResourceLink("link-1", "Practice"), null);
        CourseRecords.Known known = records.known(renamed);
        Instant now = then.plusSeconds(3600);
        assertThat(records.person(known, renamed, "en", now).id()).isEqualTo(person);
        assertThat(records.context(known, renamed, now)).isEqualTo(context);

        assertThat(jdbc.sql("SELECT title FROM course_context WHERE id = ?").param(context).query(String.class).single())
                .isEqualTo("Algebra II");
        assertThat(jdbc.sql("SELECT updated_at FROM course_person WHERE id = ?").param(person)
                .query((rs, i) -> dev.deliberate.shared.DbTime.read(rs, "updated_at")).single())
                .as("the person, unchanged, is not rewritten").isEqualTo(then);
    }

    @Test
    void aSecondRegistrationOfTheSameIssuerHasPeopleAndCoursesOfItsOwn() {
        Instant now = Instant.now();
        LtiLaunch.Person ada = new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null);

        long oldPerson = person(person(3, "u1", ada), now);
        long newPerson = person(person(4, "u1", ada), now);
        long oldCourse = context(launch(3, "1", "course-1", "u1"), now);
        long newCourse = context(launch(4, "1", "course-1", "u1"), now);

        assertThat(newPerson).as("same sub, another registration").isNotEqualTo(oldPerson);
        assertThat(newCourse).as("same deployment and context id, another registration").isNotEqualTo(oldCourse);
        assertThat(jdbc.sql("SELECT platform_id FROM course_context WHERE id = ?").param(oldCourse).query(Long.class).single())
                .as("the old course stays with its registration").isEqualTo(3L);
    }

    @Test
    void aCourseIsKeyedByDeploymentAndKeepsItsServiceUrls() {
        long a = context(launch("d1", "course-1", "u1"), Instant.now());
        long b = context(launch("d2", "course-1", "u1"), Instant.now());

        assertThat(a).isNotEqualTo(b);
        assertThat(context(launch("d1", "course-1", "u1"), Instant.now())).isEqualTo(a);
        assertThat(jdbc.sql("SELECT memberships_url FROM course_context WHERE id = ?").param(a).query(String.class).single())
                .isEqualTo("https://lms/memberships");
    }

    @Test
    void aMembershipCountsLaunchesAndKeepsTheFirstOne() {
        LtiLaunch launch = launch("d1", "course-1", "u1");
        long context = context(launch, Instant.now());
        long person = person(launch, Instant.now());
        Instant first = Instant.parse("2026-01-01T10:00:00Z");

        long id = records.membership(records.known(launch), context, person, CourseRole.STUDENT, "Learner", first);
        long again = records.membership(records.known(launch), context, person, CourseRole.TEACHER, "Instructor", first.plusSeconds(60));

        assertThat(again).as("found by the launch's one read").isEqualTo(id);

        Map<String, Object> row = jdbc.sql("SELECT role, launch_count FROM course_membership WHERE id = ?").param(id).query().singleRow();
        assertThat(row.get("role")).isEqualTo("TEACHER");
        assertThat(((Number) row.get("launch_count")).intValue()).isEqualTo(2);
    }

    @Test
    void aLaunchWithoutALineItemClaimKeepsTheLineItemTheToolFound() {
        Instant now = Instant.now();
        LtiLaunch.ResourceLink practice = new LtiLaunch.ResourceLink("link-graded", "Practice");
        long link = link(link(practice, null), now);
        courses.recordLineItem(link, "https://lms/lineitems/9", 20);

        link(link(practice, null), now);
        link(link(new LtiLaunch.ResourceLink("link-graded", "Practice, renamed"), null), now);
        assertThat(lineItem(link)).as("kept through launches without the claim, even one that renames the link")
                .containsExactly("https://lms/lineitems/9", 20.0);

        link(link(practice, "https://lms/lineitems/9"), now);
        assertThat(lineItem(link)).containsExactly("https://lms/lineitems/9", 20.0);

        link(link(practice, "https://lms/lineitems/10"), now);
        assertThat(lineItem(link)).as("another line item named by the platform: its maximum is not known yet")
                .containsExactly("https://lms/lineitems/10", null);
    }

    @Test
    void oneSenderAtATimeLooksForTheLineItemOfALink() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        long link = link(link(new LtiLaunch.ResourceLink("link-new", "Practice"), null), now);

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
                return context(launch("d1", contextId, "u" + i), Instant.now());
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
