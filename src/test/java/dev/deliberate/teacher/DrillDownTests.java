package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient.Reply;

/**
 * The drill-down and the class's mistakes of the week over HTTP, on a course of its own: students
 * practise for real (their mistakes written as the subject's own pitfalls), then the teacher reads
 * the timeline with the feedback each answer got, the chart's points, the trend, the suggested next
 * step, the class-wide counts and a fresh worked example.
 */
class DrillDownTests extends IntegrationTestSupport {

    /** A mistake every skill but word problems can show (PitfallTests): an operation on one side only. */
    static final String ONE_SIDE = "ONE_SIDE_ONLY";

    private static final Pattern FEEDBACK = Pattern.compile("<p class=\"feedback-message\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern SOLVED = Pattern.compile("id=\"solved\"[^>]*><p>(.*?)</p>", Pattern.DOTALL);

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Autowired
    PlatformRegistry registry;

    FreshCourse course;

    @BeforeEach
    void newCourse() {
        course = new FreshCourse(baseUrl, registry, jdbc, clock);
    }

    @AfterEach
    void close() {
        course.close();
    }

    @Test
    void theTimelineShowsEachAnswerWithTheExactFeedbackItGot() {
        Launched ana = course.student("Ana <i>Pérez</i>");
        Pupil pupil = Pupil.start(ana, jdbc, subjects);
        mistake(pupil);
        String wrongFeedback = text(FEEDBACK, pupil.last());
        pupil.right();
        String rightFeedback = text(SOLVED, pupil.last());
        pupil.right();
        pupil.right();
        Launched teacher = course.teacher("Tess");

        Reply page = teacher.browser().get("/teacher/students/" + course.membershipId(ana), teacher.htmx());

        assertThat(page.status()).isEqualTo(200);
        String body = HtmlUtils.htmlUnescape(page.body());
        assertThat(body).contains("Problem by problem", wrongFeedback, rightFeedback, "Ana <i>Pérez</i>");
        assertThat(page.body()).doesNotContain("<i>Pérez");
        assertThat(page.body().split("class=\"timeline-item\"", -1)).as("one entry per problem served").hasSize(1 + 4);
        assertThat(page.body()).containsPattern("data-seq=\"1\" data-outcome=\"solved_with_help\"|data-seq=\"1\" data-outcome=\"solved\"")
                .contains("data-seq=\"4\" data-outcome=\"open\"");
        assertThat(body).as("newest first").containsSubsequence("Problem 4 ·", "Problem 3 ·", "Problem 2 ·", "Problem 1 ·");
    }

    @Test
    void theTimelineShowsFiftyProblemsAndTheOlderOnesOnAsk() {
        Launched ben = course.student("Ben");
        Pupil pupil = Pupil.start(ben, jdbc, subjects);
        for (int i = 0; i < 52; i++) {
            if (pupil.last().body().contains("name=\"reflection\"")) {
                pupil.reflects("I undo what was done to x, in reverse order, and check my answer.");
            }
            pupil.right();
        }
        Launched teacher = course.teacher("Tess");
        long member = course.membershipId(ben);
        int served = jdbc.sql("SELECT COUNT(*) FROM practice_item i JOIN practice_session s ON s.id = i.session_id WHERE s.membership_id = ?")
                .param(member).query(Integer.class).single();

        Reply page = teacher.browser().get("/teacher/students/" + member, teacher.htmx());

        assertThat(page.body().split("class=\"timeline-item\"", -1)).hasSize(1 + 50);
        assertThat(page.body()).contains("data-seq=\"" + served + "\"", "data-seq=\"" + (served - 49) + "\"")
                .doesNotContain("data-seq=\"" + (served - 50) + "\"");
        String older = find("hx-get=\"(/teacher/students/" + member + "/timeline\\?before=\\d+)\"", page.body());
        Reply rest = teacher.browser().get(older, teacher.htmx());
        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.body()).doesNotContain("<html", "Suggested next step").contains("data-seq=\"1\"")
                .doesNotContain("data-seq=\"" + (served - 49) + "\"", "/timeline?before=");
        assertThat(rest.body().split("class=\"timeline-item\"", -1)).hasSize(1 + served - 50);
    }

    @Test
    void theChartHasAPointPerGradedAnswerAndTheTrendComparesTheLastTwoWeeks() {
        Launched ana = course.student("Ana");
        Pupil pupil = Pupil.start(ana, jdbc, subjects);
        Map<String, int[]> expected = new java.util.HashMap<>();
        expected.computeIfAbsent(mistake(pupil) + " " + pupil.lastSkill(), k -> new int[2])[1]++;
        pupil.right();
        clock.advance(Duration.ofDays(8));
        ana = course.again(ana);
        pupil = Pupil.start(ana, jdbc, subjects);
        Map<String, Integer> thisWeek = new java.util.HashMap<>();
        for (int i = 0; i < 3; i++) {
            String code = mistake(pupil);
            thisWeek.merge(code, 1, Integer::sum);
            expected.computeIfAbsent(code + " " + pupil.lastSkill(), k -> new int[2])[0]++;
            pupil.right();
        }
        pupil.right();
        Launched teacher = course.teacher("Tess");
        long member = course.membershipId(ana);

        Reply chart = teacher.browser().get("/teacher/students/" + member + "/mastery.json", teacher.htmx());

        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(chart.body()).as("5 problems, each graded once, on its first answer").contains("\"x\":[1,2,3,4,5]");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mastery_skill_history WHERE membership_id = ?").param(member).query(Integer.class).single())
                .isEqualTo(5);

        Reply page = teacher.browser().get("/teacher/students/" + member, teacher.htmx());
        assertThat(page.body()).contains("data-mastery-chart=\"/teacher/students/" + member + "/mastery.json\"", "src=\"/js/drill-");
        expected.forEach((key, weeks) -> {
            String[] codeAndSkill = key.split(" ");
            String trend = weeks[0] > weeks[1] ? "up" : weeks[0] < weeks[1] ? "down" : "same";
            assertThat(page.body()).contains("data-code=\"" + codeAndSkill[0] + "\" data-skill=\"" + codeAndSkill[1] + "\" data-last-week=\""
                    + weeks[0] + "\" data-week-before=\"" + weeks[1] + "\" data-trend=\"" + trend + "\"");
        });
        String body = HtmlUtils.htmlUnescape(page.body());
        assertThat(thisWeek).containsEntry(ONE_SIDE, 3);
        assertThat(body).contains("Sit with Ana for 5 minutes on \"Operation on one side only\": 3 times this week.");
        clock.advance(Duration.ofDays(4));
        teacher = course.again(teacher);
        assertThat(HtmlUtils.htmlUnescape(teacher.browser().get("/teacher/students/" + member, teacher.htmx()).body()))
                .contains("Check in with Ana: no answer for 4 days.");
    }

    @Test
    void theClassMistakesOfTheWeekCountStudentsAndEachExampleIsAFreshProblem() {
        Launched carl = course.student("Carl");
        Pupil early = Pupil.start(carl, jdbc, subjects);
        assertThat(early.makes(ONE_SIDE)).isTrue();
        clock.advance(Duration.ofDays(8));
        Pupil ana = Pupil.start(course.student("Ana"), jdbc, subjects);
        Pupil ben = Pupil.start(course.student("Ben"), jdbc, subjects);
        assertThat(ana.makes(ONE_SIDE)).as("a fresh learner's first problem has a term to remove").isTrue();
        ana.right();
        assertThat(ana.makes(ONE_SIDE)).isTrue();
        assertThat(ben.makes(ONE_SIDE)).isTrue();
        Launched teacher = course.teacher("Tess");

        Reply list = teacher.browser().get("/teacher/class/misconceptions", teacher.htmx());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).as("Carl's was 8 days ago").contains("data-misconception=\"" + ONE_SIDE + "\" data-students=\"2\" data-occurrences=\"3\"");
        Matcher link = Pattern.compile("hx-get=\"(/teacher/class/misconceptions/example\\?code=ONE_SIDE_ONLY&amp;skill=[a-z-]+)\"").matcher(list.body());
        assertThat(link.find()).isTrue();
        Reply example = teacher.browser().get(HtmlUtils.htmlUnescape(link.group(1)), teacher.htmx());
        assertThat(example.status()).isEqualTo(200);
        assertThat(example.body()).contains("class=\"pitfall\"", "The mistake — some students write:", "class=\"statement\"");
        String seed = find("data-seed=\"(\\d+)\"", example.body());
        Reply another = teacher.browser().get(HtmlUtils.htmlUnescape(link.group(1)) + "&after=" + seed, teacher.htmx());
        assertThat(another.status()).isEqualTo(200);
        assertThat(find("class=\"statement\">(.*?)</p>", another.body())).isNotEqualTo(find("class=\"statement\">(.*?)</p>", example.body()));
        assertThat(teacher.browser().get("/teacher", teacher.htmx()).body()).contains("hx-get=\"/teacher/class/misconceptions\"");
        Reply slip = teacher.browser().get("/teacher/class/misconceptions/example?code=ARITHMETIC_SLIP&skill=two-step", teacher.htmx());
        assertThat(slip.body()).as("a slip is no faulty step").contains("class=\"statement\"", "No single line of this solution")
                .doesNotContain("class=\"pitfall\"");
        assertThat(teacher.browser().get("/teacher/class/misconceptions/example?code=ONE_SIDE_ONLY&skill=no-such-skill", teacher.htmx())
                .status()).isEqualTo(404);
    }

    /** The student makes a known mistake on the problem on screen: an operation on one side only. */
    private static String mistake(Pupil pupil) {
        assertThat(pupil.makes(ONE_SIDE)).as("not a word problem").isTrue();
        return ONE_SIDE;
    }

    private static String text(Pattern pattern, Reply reply) {
        Matcher m = pattern.matcher(reply.body());
        assertThat(m.find()).as(reply.body()).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1).strip());
    }

    private static String find(String regex, String body) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
