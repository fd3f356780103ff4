package dev.deliberate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Moodle acceptance run (issue #10): Deliberate inside a real Moodle 4.3, driven in Debian's
 * Chromium as its administrator, a teacher and three students would, each in their own browser
 * with third-party cookies blocked. The tool and Moodle are on different sites (127.0.0.1 and
 * localhost), as a hosted tool and a school's Moodle are.
 * <p>
 * {@code .ci/moodle-run} installs Moodle, makes the course, starts the tool and runs this class
 * with {@code -Pmoodle}; {@code ./mvnw verify} never runs it. Each test is one step of the story and
 * builds on the ones before; {@link RunSteps} times them and skips the rest after a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunSteps.class)
class MoodleAcceptanceRun implements RunSteps.Screenshots {

    private static final String FIRST = "Linear equations practice";
    private static final String SECOND = "Two-step equations";
    private static final Map<String, String> STUDENTS = Map.of("student1", "Amara Okafor", "student2", "Ben Hoffmann",
            "student3", "Chloe Nguyen");

    private final RunSettings run = RunSettings.fromSystemProperties();
    private final ToolItems items = new ToolItems(run);
    private final List<MoodleBrowser> open = new ArrayList<>();
    private final Map<String, Integer> scores = new LinkedHashMap<>();
    private final Map<String, String> progress = new LinkedHashMap<>();
    private MoodleBrowser admin;
    private MoodleBrowser teacher;

    @BeforeAll
    void moodleAndToolAnswer() throws Exception {
        Files.createDirectories(run.directory());
        HttpClient http = HttpClient.newHttpClient();
        for (String url : List.of(run.moodleUrl() + "/login/index.php", run.toolUrl() + "/actuator/health")) {
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("%s answers (start the run with .ci/moodle-run)", url).isEqualTo(200);
        }
    }

    @AfterAll
    void closeBrowsers() {
        open.forEach(MoodleBrowser::close);
    }

    @Test
    @Order(1)
    @DisplayName("admin: Dynamic Registration, then Activate")
    void administratorRegistersTheToolAndActivatesIt() {
        admin = browserOf("admin");
        admin.open("/mod/lti/toolconfigure.php");
        admin.visible("#tool-url").sendKeys(run.toolUrl() + "/lti/register");
        admin.click("#tool-create-button");
        admin.toolPage("#external-registration-template-container iframe", "form[action='/lti/register'] button").click();
        admin.toolPage("#external-registration-template-container iframe", "#close-registration");
        assertThat(admin.driver.findElement(By.id("moodle-pending")).getText()).contains("pending");
        admin.click("#close-registration");

        admin.driver.switchTo().defaultContent();
        admin.click(".tool-card .activate");
        admin.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tool-card .activate")));
        assertThat(admin.driver.findElements(By.cssSelector(".tool-card"))).hasSize(1);
    }

    @Test
    @Order(2)
    @DisplayName("admin: Show in activity chooser, Embed without blocks")
    void administratorShowsTheToolInTheActivityChooser() {
        admin.open("/mod/lti/toolconfigure.php");
        admin.click(".tool-card .edit");
        new Select(admin.visible("#id_lti_coursevisible")).selectByValue("2");
        // what lti-config/moodle/README.md recommends: the tool's pages fit the frame without Moodle's blocks
        new Select(admin.driver.findElement(By.id("id_lti_launchcontainer"))).selectByValue("3");
        admin.click("#id_submitbutton");
        admin.visible(".tool-card");
        admin.close();
        open.remove(admin);
    }

    @Test
    @Order(3)
    @DisplayName("teacher: activity chooser, Select content, Deep Linking, save")
    void teacherAddsAnActivityThroughDeepLinking() {
        teacher = browserOf("teacher");
        addActivity(FIRST, "one-step-add-subtract");
    }

    @Test
    @Order(4)
    @DisplayName("teacher: first open lists all three students")
    void teacherSeesTheWholeRosterOnFirstOpen() {
        WebElement home = openActivity(teacher, FIRST, "#teacher-home");
        // the class view's stable hook: one row per student, whatever group they are in
        assertThat(home.findElements(By.cssSelector("tr[data-student]"))).hasSize(3);
        assertThat(home.getText()).contains(STUDENTS.values());
    }

    @Test
    @Order(5)
    @DisplayName("students: three practise, right and wrong")
    void threeStudentsPractiseRightAndWrong() {
        practise("student1", FIRST, "RRWRR");
        practise("student2", FIRST, "RWRRR");
        practise("student3", FIRST, "WWRRR");
        assertThat(scores.values()).as("scores above 0, so that a grade in Moodle is one the tool sent").allMatch(score -> score > 0);
    }

    @Test
    @Order(6)
    @DisplayName("gradebook: the three scores in Moodle")
    void theScoresLandInMoodlesGradebook() {
        GraderReport report = new GraderReport(teacher, run.courseId());
        scores.forEach((student, score) -> report.awaitGrade(STUDENTS.get(student), FIRST, score));
    }

    @Test
    @Order(7)
    @DisplayName("second activity: its own grade column")
    void aSecondActivityHasItsOwnGradeColumn() {
        addActivity(SECOND, "two-step");
        int first = scores.get("student1");
        practise("student1", SECOND, "RR");
        GraderReport report = new GraderReport(teacher, run.courseId());
        report.awaitGrade(STUDENTS.get("student1"), SECOND, scores.get("student1"));
        assertThat(report.grade(STUDENTS.get("student1"), FIRST)).isEqualTo(first);
    }

    @Test
    @Order(8)
    @DisplayName("student: a re-launch keeps progress")
    void aStudentComingBackKeepsProgress() {
        try (MoodleBrowser student = MoodleBrowser.logIn(run.moodleUrl(), "student2", run.password())) {
            open.add(student);
            WebElement practice = openActivity(student, FIRST, "#practice");
            assertThat(practice.findElements(By.id("interests"))).as("interests are asked only once").isEmpty();
            assertThat(student.visible("#items-done").getText()).isEqualTo(progress.get("student2"));
            open.remove(student);
        }
    }

    private MoodleBrowser browserOf(String username) {
        MoodleBrowser browser = MoodleBrowser.logIn(run.moodleUrl(), username, run.password());
        open.add(browser);
        return browser;
    }

    /**
     * The teacher's way to a new activity: edit mode, the activity chooser, the tool, Select content,
     * and in the tool's form one skill and five problems at least.
     */
    private void addActivity(String title, String skill) {
        teacher.open("/course/view.php?id=" + run.courseId());
        if (teacher.driver.findElements(By.cssSelector("body.editing")).isEmpty()) {
            teacher.click("form.editmode-switch-form label");
            teacher.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.editing")));
        }
        teacher.click(".section-modchooser-link");
        teacher.click("[data-region='chooser-option-container'][aria-label^='Deliberate'] a[data-action='add-chooser-option']");
        teacher.click("#id_selectcontent");
        WebElement name = teacher.toolPage("#contentitem-page-iframe", "#deep-linking #title");
        name.clear();
        name.sendKeys(title);
        for (WebElement box : teacher.driver.findElements(By.cssSelector("#deep-linking input[name=skills]"))) {
            // the form lists every subject's skills and shows the chosen subject's (math) only
            if (box.isDisplayed() && box.isSelected() != box.getAttribute("value").equals(skill)) {
                // each box sits inside its own label: click the words, as a teacher does
                box.findElement(By.xpath("./ancestor::label[1]")).click();
            }
        }
        WebElement minimum = teacher.driver.findElement(By.id("minimum"));
        minimum.clear();
        minimum.sendKeys("5");
        teacher.driver.findElement(By.cssSelector("#deep-linking button[type=submit]")).click();

        teacher.driver.switchTo().defaultContent();
        teacher.wait.until(ExpectedConditions.attributeToBe(By.id("id_name"), "value", title));
        teacher.click("#id_submitbutton2");
        teacher.wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(title)));
    }

    /** Opens an activity from the course page, as its people do, and returns the tool's page in Moodle's iframe. */
    private WebElement openActivity(MoodleBrowser person, String title, String toolCss) {
        person.open("/course/view.php?id=" + run.courseId());
        person.wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(title))).click();
        return person.toolPage("#contentframe", toolCss);
    }

    /** One student's session: R answers right, W wrong; the best score shown and the progress at the end are kept. */
    private void practise(String username, String title, String answers) {
        try (MoodleBrowser student = MoodleBrowser.logIn(run.moodleUrl(), username, run.password())) {
            open.add(student);
            WebElement practice = openActivity(student, title, "#practice");
            if (!practice.findElements(By.id("interests")).isEmpty()) {
                student.click("label[for='interest-music']");
                student.click("#interests button[type=submit]");
            }
            // the grade sent is the best score reached (practice never lowers a grade), not the last one shown
            scores.put(username, new Practice(student, items).answer(answers));
            progress.put(username, student.visible("#items-done").getText());
            System.out.printf("  %s answered %s in \"%s\": score %d%%, problems %s%n", username, answers, title, scores.get(username),
                    progress.get(username));
            open.remove(student);
        }
    }

    @Override
    public void screenshots(Path directory, String prefix) {
        open.forEach(browser -> browser.screenshot(directory, prefix));
    }
}
