package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * "Stuck now" over HTTP: three wrong answers in a row put a student on the list with what and since
 * when; the teacher's "helped" mark (only with the session header) takes them off until they are
 * stuck again.
 */
class StuckNowTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Test
    void threeWrongAnswersInARowListTheStudentUntilTheTeacherHelps() {
        Launched teacher = DemoLms.launch(baseUrl, "demo-teacher-1");
        Pupil pupil = Pupil.start(baseUrl, "demo-student-23", jdbc, subjects);
        pupil.right();
        assertThat(stuck(teacher).body()).doesNotContain("data-student=\"demo-student-23\"");

        pupil.wrong();
        pupil.wrong();
        assertThat(stuck(teacher).body()).as("two are not a run yet").doesNotContain("data-student=\"demo-student-23\"");
        pupil.wrong();

        Reply listed = stuck(teacher);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("id=\"stuck\"", "hx-trigger=\"every 4s\"").doesNotContain("<html")
                .containsPattern("data-student=\"demo-student-23\" data-kind=\"WRONG_RUN\"")
                .contains("3 wrong answers in a row on One-step equations: adding and subtracting").containsPattern("since \\d\\d:\\d\\d UTC");

        String helped = "/teacher/class/stuck/" + pupil.membershipId() + "/helped";
        Reply withCookieOnly = teacher.browser().post(helped, Map.of());
        assertThat(withCookieOnly.status()).as("a change needs the session header").isNotEqualTo(200);
        assertThat(stuck(teacher).body()).contains("data-student=\"demo-student-23\"");

        Reply marked = teacher.browser().post(helped, Map.of(), teacher.htmx());
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body()).contains("id=\"stuck\"").doesNotContain("data-student=\"demo-student-23\"");

        clock.advance(Duration.ofSeconds(30));
        pupil.right();
        pupil.wrong();
        pupil.wrong();
        pupil.wrong();
        assertThat(stuck(teacher).body()).as("stuck again after the help").contains("data-student=\"demo-student-23\"");
    }

    private static Reply stuck(Launched teacher) {
        return teacher.browser().get("/teacher/class/stuck", teacher.htmx());
    }
}
