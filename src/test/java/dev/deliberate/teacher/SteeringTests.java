package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.lti.platform.PlatformSource;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;
import dev.deliberate.testing.LaunchClient.Login;
import dev.deliberate.testing.LaunchClient.Reply;
import dev.deliberate.testing.TestPlatform;

/**
 * Steering over HTTP, in a course of its own: a focus given to a group is honoured from the student's
 * next item and practice chooses as before once it is cleared; a student moved into another group
 * sits there with the reason; a renamed group shows the teacher's name everywhere with its key kept;
 * bad input is refused with 400 and changes nothing.
 */
class SteeringTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    List<PracticeSubject> subjects;

    TestPlatform lms;
    String course;

    @BeforeEach
    void freshCourse() {
        lms = TestPlatform.create(clock);
        registry.save(lms.settings(), PlatformSource.ADMIN_API);
        course = "course-" + UUID.randomUUID();
    }

    @AfterEach
    void closePlatform() {
        lms.close();
    }

    @Test
    void aFocusGivenToAGroupIsHonouredFromTheNextItemAndClearingItResumesTheUsualChoice() {
        Pupil pupil = Pupil.start(launch("ana", TestPlatform.LEARNER, "Ana"), jdbc, subjects);
        Launched teacher = launch("tess", TestPlatform.INSTRUCTOR, "Tess");
        assertThat(servedLast(pupil)).as("the usual first item").isEqualTo(new Served("one-step-add-subtract", "TARGET_PRACTICE"));
        assertThat(new ClassPage(teacher.browser().get("/teacher", teacher.htmx()).body()).groupOf(sub("ana"))).isEqualTo("not-started");

        Reply set = teacher.post("/teacher/class/groups/not-started/focus", Map.of("skill", "word-problems"));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("Focus set.", "Focus: Word problems");
        assertThat(servedLast(pupil)).as("the item on screen stays").isEqualTo(new Served("one-step-add-subtract", "TARGET_PRACTICE"));
        Reply next = pupil.right();
        assertThat(servedLast(pupil)).isEqualTo(new Served("word-problems", "TEACHER_FOCUS"));
        assertThat(next.body()).contains("id=\"teacher-focus\"", "Your teacher set a focus: Word problems");
        assertThat(new ClassPage(teacher.browser().get("/teacher", teacher.htmx()).body()).row(sub("ana")))
                .contains("Focus for group Not started: Word problems");

        Reply cleared = teacher.post("/teacher/class/groups/not-started/focus/clear", Map.of());

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(new ClassPage(cleared.body()).row(sub("ana"))).as("cleared though she left the group").doesNotContain("Focus");
        Reply after = pupil.right();
        assertThat(servedLast(pupil)).isEqualTo(new Served("one-step-add-subtract", "TARGET_PRACTICE"));
        assertThat(after.body()).doesNotContain("teacher-focus");
    }

    @Test
    void aFocusForOneStudentFromTheirPageServesTheBandItAsksFor() {
        Pupil pupil = Pupil.start(launch("ben", TestPlatform.LEARNER, "Ben"), jdbc, subjects);
        Launched teacher = launch("tess", TestPlatform.INSTRUCTOR, "Tess");
        long ben = pupil.membershipId();

        Reply set = teacher.post("/teacher/students/" + ben + "/focus", Map.of("band", "harder"));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("id=\"student-focus\"", "Focus: harder problems (since").doesNotContain("<html");
        assertThat(teacher.browser().get("/teacher/students/" + ben, teacher.htmx()).body()).contains("id=\"student-focus\"",
                "harder problems");
        pupil.right();
        assertThat(servedLast(pupil).reason()).isEqualTo("TEACHER_FOCUS");
        assertThat(difficultyOfLast(pupil)).as("above the standard level 3").isGreaterThanOrEqualTo(4);

        assertThat(teacher.post("/teacher/students/" + ben + "/focus/clear", Map.of()).body()).contains("none, practice chooses");
    }

    @Test
    void aMovedStudentSitsInTheChosenGroupWithTheReasonUntilMovedBack() {
        Pupil pupil = Pupil.start(launch("cai", TestPlatform.LEARNER, "Cai"), jdbc, subjects);
        launch("dee", TestPlatform.LEARNER, "Dee");
        Launched teacher = launch("tess", TestPlatform.INSTRUCTOR, "Tess");
        long cai = pupil.membershipId();

        Reply moved = teacher.post("/teacher/class/students/" + cai + "/group", Map.of("group", "ready-for-challenge"));

        assertThat(moved.status()).isEqualTo(200);
        ClassPage page = new ClassPage(moved.body());
        assertThat(page.groupOf(sub("cai"))).isEqualTo("ready-for-challenge");
        assertThat(page.row(sub("cai"))).contains("Moved here by you on", "computed: Not started.");
        assertThat(page.declaredCounts()).containsEntry("ready-for-challenge", 1).containsEntry("not-started", 1);
        assertThat(page.declaredCounts().values().stream().mapToInt(Integer::intValue).sum()).as("the roster").isEqualTo(2);

        Reply back = teacher.post("/teacher/class/students/" + cai + "/group", Map.of("group", ""));
        assertThat(new ClassPage(back.body()).groupOf(sub("cai"))).isEqualTo("not-started");
        assertThat(new ClassPage(back.body()).row(sub("cai"))).doesNotContain("Moved here");
    }

    @Test
    void aRenamedGroupShowsTheTeachersNameEverywhereAndKeepsItsKey() {
        launch("eli", TestPlatform.LEARNER, "Eli");
        Launched teacher = launch("tess", TestPlatform.INSTRUCTOR, "Tess");

        Reply renamed = teacher.post("/teacher/class/groups/not-started/name", Map.of("name", "Monday <b>crew</b>"));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body()).contains("Monday &lt;b&gt;crew&lt;/b&gt; (1)", "data-group=\"not-started\"", "Call it “Not started” again")
                .doesNotContain("<b>crew");
        String csv = teacher.browser().get("/teacher/class.csv", teacher.htmx()).body();
        assertThat(csv).contains("Monday <b>crew</b>");

        Reply restored = teacher.post("/teacher/class/groups/not-started/name/reset", Map.of());
        assertThat(restored.body()).contains("Not started (1)").doesNotContain("Monday");
    }

    @Test
    void unknownGroupsSkillsAndBandsAndEmptyNamesAreRefusedWithAMessage() {
        Pupil pupil = Pupil.start(launch("fay", TestPlatform.LEARNER, "Fay"), jdbc, subjects);
        Launched teacher = launch("tess", TestPlatform.INSTRUCTOR, "Tess");
        long fay = pupil.membershipId();

        Reply group = teacher.post("/teacher/class/groups/need-astrology/focus", Map.of("skill", "two-step"));
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.header("HX-Retarget")).contains("#steer-error");
        assertThat(group.body()).contains("id=\"steer-error\"", "There is no group “need-astrology”");
        assertThat(teacher.post("/teacher/students/" + fay + "/focus", Map.of("skill", "calculus")).body())
                .contains("“calculus” is not a skill of this assignment.");
        assertThat(teacher.post("/teacher/students/" + fay + "/focus", Map.of("band", "extreme")).status()).isEqualTo(400);
        assertThat(teacher.post("/teacher/students/" + fay + "/focus", Map.of()).body())
                .contains("Choose at least one skill, a difficulty or challenge mode.");
        assertThat(teacher.post("/teacher/class/groups/not-started/name", Map.of("name", "  ")).status()).isEqualTo(400);
        assertThat(teacher.post("/teacher/class/students/" + fay + "/group", Map.of("group", "nowhere")).status()).isEqualTo(400);

        Reply api = teacher.browser().post("/teacher/class/groups/not-started/focus", Map.of("band", "extreme"),
                Map.of("X-Deliberate-Session", teacher.token()));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("not “extreme”");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_focus WHERE membership_id = ?").param(fay).query(Long.class).single())
                .as("nothing changed").isZero();
        assertThat(new ClassPage(teacher.browser().get("/teacher", teacher.htmx()).body()).groupOf(sub("fay"))).isEqualTo("not-started");
    }

    record Served(String skill, String reason) {
    }

    private Served servedLast(Pupil pupil) {
        return jdbc.sql("SELECT skill, reason FROM practice_item WHERE id = ?").param(pupil.item())
                .query((rs, i) -> new Served(rs.getString(1), rs.getString(2))).single();
    }

    private double difficultyOfLast(Pupil pupil) {
        return jdbc.sql("SELECT difficulty FROM practice_item WHERE id = ?").param(pupil.item()).query(Double.class).single();
    }

    private String sub(String name) {
        return name + "-" + course;
    }

    private Launched launch(String name, String role, String displayName) {
        LaunchClient browser = new LaunchClient(baseUrl, true);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", lms.issuer());
        params.put("login_hint", sub(name));
        params.put("target_link_uri", baseUrl + "/lti/launch");
        params.put("client_id", lms.clientId());
        Login login = browser.loginByGet(params);
        var claims = lms.launchClaims(login.nonce(), baseUrl + "/lti/launch").subject(sub(name)).claim("name", displayName)
                .claim(TestPlatform.LTI + "roles", List.of(role)).claim(TestPlatform.LTI + "context", Map.of("id", course, "title", "Algebra"))
                .claim(TestPlatform.LTI + "resource_link", Map.of("id", "link-steer", "title", "Linear equations"));
        Reply reply = browser.launch(lms.sign(claims.build()), login.state());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Launched(browser, reply, reply.header("X-Deliberate-Session").orElseThrow());
    }
}
