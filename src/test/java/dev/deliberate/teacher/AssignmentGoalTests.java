package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.mastery.MasterySettings;
import dev.deliberate.shared.DbTime;
import dev.deliberate.teacher.Classroom.Person;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * One meaning of the goal, end to end: a student with one skill at 45% against a 60% target is not
 * told the goal is met (whatever the average), is told which skill is below, and the gradebook marks
 * nothing complete; the teacher's settings page changes the goal for the next item, and raising it
 * again reopens the student at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentGoalTests extends IntegrationTestSupport {

    private static final String WEAK = "integer-arithmetic";
    private static final String ALL = "integer-arithmetic,one-step-add-subtract,one-step-multiply-divide";
    private static final Pattern ITEM = Pattern.compile("name=\"itemId\" value=\"(\\d+)\"");
    private static final Pattern SCORE = Pattern.compile("id=\"score\">(\\d+)%");

    @Autowired
    PlatformRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Value("${deliberate.base-url}")
    String baseUrl;

    TestPlatform platform;
    Classroom classroom;

    @BeforeAll
    void platform() {
        platform = TestPlatform.create(clock);
        registry.save(platform.settings(), PlatformSource.ADMIN_API);
        classroom = new Classroom(baseUrl, platform, "course-" + UUID.randomUUID(), jdbc);
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Test
    void oneSkillBelowTheTargetKeepsTheGoalUnmetWhateverTheAverageAndSettingsMoveIt() {
        Person teacher = classroom.launch("teacher-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "Tess Teacher", "link-goal");
        assertThat(teacher.post("/teacher/assignment/settings", Map.of("skills", ALL, "targetPercent", "60", "minimumItems", "1"))
                .status()).isEqualTo(200);
        Person student = classroom.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Sam Student", "link-goal");
        Reply page = student.post("/student/interests", Map.of());
        knows(student, WEAK, 0.45);
        knows(student, "one-step-add-subtract", 1.0);
        knows(student, "one-step-multiply-divide", 1.0);

        page = failsAndMovesOn(student, page);

        assertThat(score(page)).as("the average is above the target").isGreaterThanOrEqualTo(60);
        assertThat(page.body()).doesNotContain("Assignment complete")
                .contains("Goal: every skill at 60% or more, and at least 1 problem.")
                .containsPattern("id=\"still-below\">Still below 60%: Integer arithmetic \\(\\d+%\\)\\.<");
        assertThat(completedAt(student)).isNull();
        assertThat(gradebookCompleted(student)).as("the gradebook marks no completion").isFalse();

        // the teacher drops the weak skill: the goal is met on the next item
        assertThat(teacher.post("/teacher/assignment/settings",
                Map.of("skills", "one-step-add-subtract,one-step-multiply-divide", "targetPercent", "60", "minimumItems", "1")).status())
                .isEqualTo(200);
        page = failsAndMovesOn(student, page);
        assertThat(page.body()).contains("Assignment complete").doesNotContain("still-below");
        assertThat(completedAt(student)).isNotNull();
        assertThat(gradebookCompleted(student)).isTrue();
        assertThat(new ClassPage(teacher.get("/teacher").body()).row(student.sub())).contains("(complete)");

        // and takes it back: the student is reopened at once, for the class view and the gradebook
        Reply saved = teacher.post("/teacher/assignment/settings", Map.of("skills", ALL, "targetPercent", "60", "minimumItems", "1"));
        assertThat(saved.body()).contains("Saved.");
        assertThat(completedAt(student)).isNull();
        assertThat(gradebookCompleted(student)).isFalse();
        assertThat(new ClassPage(teacher.get("/teacher").body()).row(student.sub())).doesNotContain("(complete)");
        assertThat(student.get("/student").body()).doesNotContain("Assignment complete").contains("Still below 60%: Integer arithmetic");
    }

    @Test
    void theSubjectChangesOnTheSettingsPageOnlyUntilAStudentHasOpenedTheAssignment() {
        Person teacher = classroom.launch("teacher-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "Wanda Teacher", "link-subject");
        assertThat(teacher.get("/teacher/assignment/settings").body()).contains("value=\"writing\"", "Writing: argumentative essays");

        Reply saved = teacher.post("/teacher/assignment/settings", Map.of("subject", "writing", "skills", "thesis,hook",
                "targetPercent", "80", "minimumItems", "3"));
        assertThat(saved.body()).contains("Saved.");
        Person student = classroom.launch("student-" + UUID.randomUUID(), TestPlatform.LEARNER, "Wes Student", "link-subject");
        assertThat(student.post("/student/interests", Map.of()).body()).as("the student practises the new subject")
                .contains("data-subject=\"writing\"").containsAnyOf("Thesis statements", "Hooks");

        Reply classView = teacher.get("/teacher");
        assertThat(classView.status()).isEqualTo(200);
        assertThat(classView.body()).as("the class view names the writing criteria").contains("Thesis");

        Reply locked = teacher.get("/teacher/assignment/settings");
        assertThat(locked.body()).contains("Students have started this assignment").doesNotContain("value=\"math\"");
        Reply refused = teacher.post("/teacher/assignment/settings", Map.of("subject", "math", "skills", "two-step",
                "targetPercent", "80", "minimumItems", "3"));
        assertThat(refused.status()).as("skills of another subject are refused once students started").isEqualTo(422);
    }

    @Test
    void theSettingsPageKeepsWhatWasTypedWhenItIsRefusedAndSavesNothing() {
        Person teacher = classroom.launch("teacher-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "Tina Teacher", "link-typo");
        Reply form = teacher.get("/teacher/assignment/settings");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Settings of this assignment", "chosen when the assignment was added",
                "100% (the default) means every skill mastered");

        Reply refused = teacher.post("/teacher/assignment/settings", Map.of("skills", "", "targetPercent", "45", "minimumItems", "seven",
                "contexts", "sports"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Tick at least one skill.", "between 50 and 100", "between 1 and 500", "value=\"45\"",
                "value=\"seven\"").containsPattern("value=\"sports\"[^>]*checked");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_link_settings s JOIN course_resource_link l ON l.id = s.link_id "
                + "WHERE l.lms_link_id = 'link-typo'").query(Long.class).single()).isZero();
    }

    @Test
    void aPlainFormPostWithoutTheSessionIsRefused() {
        Person teacher = classroom.launch("teacher-" + UUID.randomUUID(), TestPlatform.INSTRUCTOR, "Tom Teacher", "link-csrf");

        Reply cookieOnly = teacher.browser().post("/teacher/assignment/settings", Map.of("skills", WEAK, "targetPercent", "60",
                "minimumItems", "1"));

        assertThat(cookieOnly.status()).isNotEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_link_settings s JOIN course_resource_link l ON l.id = s.link_id "
                + "WHERE l.lms_link_id = 'link-csrf'").query(Long.class).single()).isZero();
    }

    /** Sets the student's knowledge of a skill so that its credit is {@code credit}. */
    private void knows(Person student, String skill, double credit) {
        double start = MasterySettings.DEFAULTS.tracing().initialKnowledge();
        double knowledge = credit >= 1 ? 0.999 : start + credit * (MasterySettings.DEFAULTS.masteryThreshold() - start);
        jdbc.sql("""
                INSERT INTO mastery_skill (membership_id, skill, knowledge, ability, attempts, consecutive_failures, recent_misconceptions,
                    clean_streak, focus_code, focus_remaining, updated_at) VALUES (?, ?, ?, 0, 8, 0, '', 0, '', 0, ?)""")
                .params(student.membershipId(), skill, knowledge, DbTime.of(clock.instant())).update();
    }

    /** Two wrong answers to the problem on screen, then on to the next: one finished item, one graded failure. */
    private Reply failsAndMovesOn(Person student, Reply page) {
        String item = item(page);
        student.post("/student/attempts", Map.of("itemId", item, "answer", "x = 98765"));
        student.post("/student/attempts", Map.of("itemId", item, "answer", "x = 98764"));
        Reply moved = student.post("/student/moves", Map.of("itemId", item));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(item(moved)).as("a new problem is on screen").isNotEqualTo(item);
        return moved;
    }

    private static String item(Reply page) {
        Matcher m = ITEM.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no problem on the page: " + page.body().replaceAll("\\s+", " "));
        }
        return m.group(1);
    }

    private static int score(Reply page) {
        Matcher m = SCORE.matcher(page.body());
        assertThat(m.find()).as("the score on the page").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private Object completedAt(Person student) {
        return jdbc.sql("SELECT completed_at FROM practice_session WHERE membership_id = ?").param(student.membershipId())
                .query((rs, i) -> java.util.Optional.ofNullable(rs.getObject(1))).single().orElse(null);
    }

    private boolean gradebookCompleted(Person student) {
        return jdbc.sql("SELECT completed FROM gradebook_sync WHERE membership_id = ?").param(student.membershipId())
                .query(Boolean.class).optional().orElse(false);
    }
}
