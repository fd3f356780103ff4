package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * The teacher's class view through the demo LMS: the whole roster, launched or not, each student in
 * exactly one group with a reason, groups that add up, and a student who keeps failing in the group
 * of what holds them back.
 */
class ClassViewTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Test
    void everyRosteredStudentSitsInExactlyOneGroupAndTheCountsAddUp() {
        Launched teacher = DemoLms.launch(baseUrl, "demo-teacher-1");
        ClassPage page = await().atMost(Duration.ofSeconds(15)).until(() -> classPage(teacher),
                p -> p.placements().size() >= 30);

        Map<String, Integer> counts = page.declaredCounts();
        List<Map.Entry<String, String>> rows = page.placements();
        assertThat(rows.stream().map(Map.Entry::getKey).distinct()).as("one row per student").hasSize(rows.size());
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows.size());
        Map<String, Long> perGroup = rows.stream().collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
        counts.forEach((group, count) -> assertThat(perGroup.get(group)).as(group).isEqualTo(count.longValue()));
        assertThat(page.html()).contains(rows.size() + " students");
        assertThat(page.row("demo-student-28")).as("never opened").contains("Has not opened this assignment yet.");
        assertThat(page.groupOf("demo-student-28")).isEqualTo("not-started");
        assertThat(page.html()).doesNotContain("not available yet");
    }

    @Test
    void theClassViewIsServedGzippedToABrowserThatAsksForItAndWholeToOneThatDoesNot() {
        Launched teacher = DemoLms.launch(baseUrl, "demo-teacher-1");

        var zipped = teacher.browser().get("/teacher", Map.of("X-Deliberate-Session", teacher.token(), "Accept-Encoding", "gzip"));
        var plain = teacher.browser().get("/teacher", Map.of("X-Deliberate-Session", teacher.token()));

        assertThat(zipped.status()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body()).doesNotContain("data-group=");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("data-group=");
    }

    @Test
    void aStudentWhoKeepsFailingIsGroupedByWhatHoldsThemBackWithTheReason() {
        Pupil pupil = Pupil.start(baseUrl, "demo-student-21", jdbc, subjects);
        for (int i = 0; i < 8; i++) {
            pupil.failsAndMovesOn();
        }
        Launched teacher = DemoLms.launch(baseUrl, "demo-teacher-1");

        ClassPage page = classPage(teacher);

        assertThat(page.groupOf("demo-student-21")).isEqualTo("need-basic-operations");
        assertThat(page.html()).containsPattern("Basic operations \\(\\d+\\)");
        assertThat(page.row("demo-student-21")).contains("graded answers, mastery only").contains("8</td>")
                .containsPattern("class=\"heat band-1\"")
                .as("sentences of the reason are spaced").doesNotContainPattern("\\.(Most often|Lo más)");
    }

    @Test
    void theClassViewDownloadsAsCsvWithARowPerStudentInItsGroup() {
        Launched teacher = DemoLms.launch(baseUrl, "demo-teacher-1");
        ClassPage page = await().atMost(Duration.ofSeconds(15)).until(() -> classPage(teacher), p -> p.placements().size() >= 30);

        var reply = teacher.browser().get("/teacher/class.csv", Map.of("X-Deliberate-Session", teacher.token()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition").orElseThrow()).contains("attachment", "class-view.csv");
        List<String> lines = reply.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFStudent,LMS user id,Group,Why,Mastery % – One-step equations: adding and subtracting");
        assertThat(lines).hasSize(1 + page.placements().size());
        String row = lines.stream().filter(line -> line.contains(",demo-student-28,")).findFirst().orElseThrow();
        assertThat(row).contains(",Not started,Has not opened this assignment yet.,", ",0,0,,nothing to send yet,");
    }

    private static ClassPage classPage(Launched teacher) {
        return new ClassPage(teacher.browser().get("/teacher", Map.of("X-Deliberate-Session", teacher.token())).body());
    }
}
