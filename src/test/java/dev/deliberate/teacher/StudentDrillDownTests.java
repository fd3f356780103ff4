package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient.Reply;

/** The teacher reads what a student wrote when told their reflection is "saved for your teacher". */
class StudentDrillDownTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Autowired
    MessageSource messages;

    @Test
    void theDrillDownShowsEveryReflectionWithItsQuestionEscaped() {
        Pupil pupil = Pupil.start(baseUrl, "demo-student-25", jdbc, subjects);
        long membership = pupil.membershipId();
        for (int i = 0; i < 10; i++) {
            pupil.right();
        }
        Reply saved = pupil.reflects("I undid the <b>+3</b> first & then divided, checking by putting x back in.");
        assertThat(saved.body()).contains("your reflection is saved");
        Launched teacher = DemoLms.launch(baseUrl, "demo-teacher-1");

        Reply page = teacher.browser().get("/teacher/students/" + membership, Map.of("X-Deliberate-Session", teacher.token()));

        assertThat(page.status()).isEqualTo(200);
        String asked = messages.getMessage(jdbc.sql("SELECT r.prompt FROM practice_reflection r JOIN practice_session s "
                + "ON s.id = r.session_id WHERE s.membership_id = ?").param(membership).query(String.class).single(), null, Locale.ENGLISH);
        assertThat(page.body()).contains("data-student=\"demo-student-25\"", asked,
                "I undid the &lt;b&gt;+3&lt;/b&gt; first &amp; then divided").doesNotContain("<b>+3</b>")
                .contains("10 exercises done");
        assertThat(teacher.browser().get("/teacher", Map.of("X-Deliberate-Session", teacher.token())).body())
                .as("the class view links to it").contains("hx-get=\"/teacher/students/" + membership + "\"");
    }
}
