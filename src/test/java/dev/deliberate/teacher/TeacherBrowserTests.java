package dev.deliberate.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * The class view in a real browser, inside the demo LMS's frame: groups at the top, and a student
 * who answers wrongly three times in a row shows up in "Stuck now" within ten seconds without a
 * reload; the teacher marks them helped from the keyboard. A screenshot is left in
 * target/screenshots for a human look.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeacherBrowserTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    ChromeDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Browsers.chromium(false);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aStudentStuckNowAppearsWithoutAReloadAndIsMarkedHelpedByKeyboard() throws IOException {
        WebElement home = launchTeacher("stuck");

        Pupil pupil = Pupil.start(baseUrl, "demo-student-26", jdbc, subjects);
        pupil.wrong();
        pupil.wrong();
        pupil.wrong();

        WebElement stuck = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stuck li[data-student='demo-student-26']")));
        assertThat(stuck.getText()).contains("3 wrong answers in a row on", "since");
        assertThat(home.isDisplayed()).as("no reload: the page element is the same").isTrue();
        screenshot("teacher-stuck-now.png");

        WebElement helped = stuck.findElement(By.tagName("button"));
        helped.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#stuck li[data-student='demo-student-26']"), 0));

        launchTeacher("groups");
        assertThat(browser.findElements(By.cssSelector("tbody[data-group]"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("tr[data-student='demo-student-26']")).getText()).contains("Working on One-step equations", "mastery 0%");
        screenshot("teacher-class-view.png");
        browser.executeScript("document.getElementById('students').scrollIntoView()");
        screenshot("teacher-class-table.png");

        // the teacher gives the student's group a focus on word problems; the next problem honours it
        String group = (String) browser.executeScript(
                "return document.querySelector(\"tr[data-student='demo-student-26']\").closest('tbody').dataset.group");
        WebElement steer = browser.findElement(By.cssSelector("tbody[data-group='" + group + "'] details.steer"));
        steer.findElement(By.tagName("summary")).click();
        steer.findElement(By.cssSelector("input[name='skill'][value='word-problems']")).click();
        steer.findElement(By.cssSelector(".focus-form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> jdbc.sql(
                "SELECT COUNT(*) FROM practice_focus f JOIN course_membership m ON m.id = f.membership_id "
                        + "JOIN course_person p ON p.id = m.person_id WHERE p.subject = 'demo-student-26'").query(Long.class).single() == 1);
        screenshot("teacher-group-focus.png");
        pupil.right();
        long next = pupil.item();
        assertThat(jdbc.sql("SELECT skill, reason FROM practice_item WHERE id = ?").param(next).query().singleRow())
                .containsEntry("skill", "word-problems").containsEntry("reason", "TEACHER_FOCUS");
        assertThat(pupil.last().body()).contains("Your teacher set a focus: Word problems");

        // cleared again, so the other students of that group practise as before
        launchTeacher("groups");
        WebElement again = browser.findElement(By.cssSelector("tbody[data-group='" + group + "'] details.steer"));
        again.findElement(By.tagName("summary")).click();
        again.findElement(By.cssSelector(".focus-form button.secondary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> jdbc.sql(
                "SELECT COUNT(*) FROM practice_focus f JOIN course_membership m ON m.id = f.membership_id "
                        + "JOIN course_person p ON p.id = m.person_id WHERE p.subject = 'demo-student-26'").query(Long.class).single() == 0);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("tr[data-student='demo-student-26'] .focus-note"), 0));

        // moved by keyboard: Move… fetches the row's form, which takes the focus; then back where the grouping puts them
        moveByKeyboard("ready-for-challenge");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tbody[data-group='ready-for-challenge'] tr[data-student='demo-student-26']")));
        moveByKeyboard("");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> jdbc.sql("SELECT COUNT(*) FROM teacher_group_move g "
                + "JOIN course_membership m ON m.id = g.membership_id JOIN course_person p ON p.id = m.person_id "
                + "WHERE p.subject = 'demo-student-26'").query(Long.class).single() == 0);

        // a block of problems and a reflection later, the drill-down shows the chart and the reflection
        for (int i = 0; i < 12 && !pupil.last().body().contains("id=\"reflection\""); i++) {
            pupil.right();
        }
        assertThat(pupil.reflects("I read the story twice and wrote what x stands for first.").body()).contains("your reflection is saved");
        launchTeacher("groups");
        browser.findElement(By.cssSelector("tr[data-student='demo-student-26'] a")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mastery-chart[data-drawn='true'] canvas")));
        assertThat(chart.getSize().getWidth()).isGreaterThan(200);
        assertThat(browser.findElement(By.cssSelector("#reflections blockquote")).getText())
                .isEqualTo("I read the story twice and wrote what x stands for first.");
        assertThat(((Number) browser.executeScript("return window.scrollY")).intValue())
                .as("the student's page opens at its top, not where the class list was scrolled").isZero();
        assertThat(browser.switchTo().activeElement().getTagName()).as("the keyboard starts at the student's name").isEqualTo("h1");
        screenshot("teacher-drill-down-demo.png");
    }

    private void moveByKeyboard(String group) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("tr[data-student='demo-student-26'] button.move-open")).sendKeys(Keys.ENTER);
            return true;
        });
        WebElement list = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-student='demo-student-26'] form.move select")));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> list.equals(d.switchTo().activeElement()));
        new Select(list).selectByValue(group);
        browser.findElement(By.cssSelector("tr[data-student='demo-student-26'] form.move button")).sendKeys(Keys.ENTER);
    }

    /** Presses the demo teacher's Launch button and waits, inside the LMS frame, for the element with this id. */
    private WebElement launchTeacher(String waitFor) {
        browser.switchTo().defaultContent();
        browser.get(baseUrl + "/demo");
        browser.findElement(By.cssSelector("form[data-person='demo-teacher-1'] button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(waitFor)));
        return browser.findElement(By.id("teacher-home"));
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        browser.switchTo().defaultContent();
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        browser.switchTo().frame("tool");
    }
}
