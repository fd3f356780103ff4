package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * The class view reused by the teachers of one class (deliberate.teacher.class-view-reuse): a view
 * within the reuse time shows what the first one computed, to every teacher of the class; a change
 * a teacher makes is shown at once; a teacher of another class never gets this class's view.
 */
@TestPropertySource(properties = "deliberate.teacher.class-view-reuse=1h")
class ClassSnapshotsTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformRegistry registry;

    @Autowired
    List<PracticeSubject> subjects;

    FreshCourse course;
    FreshCourse other;

    @BeforeEach
    void courses() {
        course = new FreshCourse(baseUrl, registry, jdbc, clock);
        other = new FreshCourse(baseUrl, registry, jdbc, clock);
    }

    @AfterEach
    void close() {
        course.close();
        other.close();
    }

    @Test
    void teachersOfOneClassShareAViewUntilOneOfThemChangesTheClass() {
        Launched ana = course.student("Ana");
        Pupil pupil = Pupil.start(ana, jdbc, subjects);
        Launched tess = course.teacher("Tess");
        Launched theo = course.teacher("Theo");
        assertThat(problems(view(tess), course.sub(ana))).isEqualTo("0");

        pupil.right();

        assertThat(problems(view(tess), course.sub(ana))).as("the view computed a moment ago").isEqualTo("0");
        assertThat(problems(view(theo), course.sub(ana))).as("another teacher of the class, same view").isEqualTo("0");
        Launched olga = other.teacher("Olga");
        Launched ben = other.student("Ben");
        assertThat(view(olga)).as("another class: its own view").contains("data-student=\"" + other.sub(ben) + "\"")
                .doesNotContain("data-student=\"" + course.sub(ana) + "\"");

        long member = course.membershipId(ana);
        assertThat(tess.post("/teacher/class/students/" + member + "/group", Map.of("group", "ready-for-challenge")).status()).isEqualTo(200);

        String changed = view(theo);
        assertThat(new ClassPage(changed).groupOf(course.sub(ana))).as("the change, shown to every teacher at once")
                .isEqualTo("ready-for-challenge");
        assertThat(problems(changed, course.sub(ana))).as("and the class as it is now").isEqualTo("1");
    }

    private static String view(Launched teacher) {
        return teacher.browser().get("/teacher", teacher.htmx()).body();
    }

    private static String problems(String page, String sub) {
        var cell = java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(new ClassPage(page).row(sub));
        assertThat(cell.find()).as("the problems cell of " + sub).isTrue();
        return cell.group(1);
    }
}
