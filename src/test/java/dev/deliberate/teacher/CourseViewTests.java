package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.teacher.Classroom.Person;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * The whole course across its assignments, and "last active" per assignment: a course of two
 * assignments, one student in each and one in neither.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseViewTests extends IntegrationTestSupport {

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform platform;
    Person teacherOfA;
    Person teacherOfB;
    Person inA;
    Person inB;
    Person inNeither;

    @BeforeAll
    void course() {
        platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
        Classroom classroom = new Classroom(baseUrl, platform, "course-" + UUID.randomUUID(), jdbc);
        String teacher = "teacher-" + UUID.randomUUID();
        teacherOfA = classroom.launch(teacher, TestPlatform.INSTRUCTOR, "Tess Teacher", "link-a");
        inA = classroom.launch("ada-" + UUID.randomUUID(), TestPlatform.LEARNER, "Ada A", "link-a");
        inA.post("/student/interests", Map.of());
        inB = classroom.launch("bo-" + UUID.randomUUID(), TestPlatform.LEARNER, "Bo B", "link-b");
        inB.post("/student/interests", Map.of());
        // a student launched into A once, but whose only practice is in B, would blur the per-assignment check: kept apart
        inNeither = classroom.launch("cy-" + UUID.randomUUID(), TestPlatform.LEARNER, "Cy C", "link-c-never-practised");
        jdbc.sql("DELETE FROM practice_session WHERE membership_id = ?").param(inNeither.membershipId()).update();
        teacherOfB = classroom.launch(teacher, TestPlatform.INSTRUCTOR, "Tess Teacher", "link-b");
        assertThat(teacherOfA.get("/teacher/assignment/settings").status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Test
    void theCourseListsEveryLaunchedAssignmentWithWhoStartedIt() {
        Reply page = teacherOfA.get("/teacher/course");

        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("The whole course", "Practice link-a", "Practice link-b", "(this one)",
                "Open it from your course in the LMS");
        assertThat(html).containsPattern("data-link=\"\\d+\" data-started=\"1\" data-completed=\"0\"");
        assertThat(html).as("the assignment launched links to its class view").containsPattern("<a href=\"/teacher\" hx-get=\"/teacher\"><span>Practice link-a");
    }

    @Test
    void theClassAcrossTheCoursePlacesEveryStudentOnceOverTheSkillsOfAllAssignments() {
        ClassPage page = new ClassPage(teacherOfA.get("/teacher/course").body());

        assertThat(page.placements()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(inA.sub(), inB.sub(), inNeither.sub());
        assertThat(page.groupOf(inNeither.sub())).isEqualTo("not-started");
        assertThat(page.row(inNeither.sub())).contains("Has not opened any assignment of this course yet.");
        assertThat(page.row(inA.sub())).doesNotContain("Has not opened");
        assertThat(page.row(inB.sub())).doesNotContain("Has not opened");
    }

    @Test
    void lastActiveIsPerAssignment() {
        ClassPage a = new ClassPage(teacherOfA.get("/teacher").body());
        ClassPage b = new ClassPage(teacherOfB.get("/teacher").body());

        assertThat(a.row(inA.sub())).containsPattern("\\d\\d:\\d\\d UTC");
        assertThat(a.row(inB.sub())).as("Bo practised B only").contains("Has not opened this assignment yet.", "not started")
                .doesNotContainPattern("\\d\\d:\\d\\d UTC");
        assertThat(b.row(inB.sub())).containsPattern("\\d\\d:\\d\\d UTC");
        assertThat(b.row(inA.sub())).contains("Has not opened this assignment yet.").doesNotContainPattern("\\d\\d:\\d\\d UTC");
    }
}
