package dev.deliberate.practice.writing;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.testing.Accessibility;
import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * Writing on the demo, in a real browser, as a class would meet it: the demo teacher adds a writing
 * assignment through Deep Linking (choosing the subject in the form), a student launches it, writes
 * a thesis that only announces the topic, gets feedback per criterion, revises, and the feedback
 * compares the revision with the last draft; the score then reaches the demo LMS's gradebook.
 * Screenshots go to target/screenshots, one of them in a phone-sized window.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritingDemoBrowserTests extends IntegrationTestSupport {

    private static final String STUDENT = "demo-student-07";

    @Value("${deliberate.base-url}")
    String baseUrl;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        browser = Browsers.chromium(false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aTeacherAddsAWritingAssignmentAStudentRevisesAThesisAndTheScoreReachesTheGradebook() throws IOException {
        String link = teacherAddsWritingAssignment("Thesis statements, week 1");

        browser.switchTo().defaultContent();
        browser.get(baseUrl + "/demo?link=" + link);
        assertThat(browser.findElement(By.id("selected-link")).getText()).isEqualTo("Thesis statements, week 1");
        browser.findElement(By.cssSelector("form[data-person='" + STUDENT + "'] button")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#interests button[type=submit]"))).click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem-card[data-subject=writing]")));
        assertThat(card.findElement(By.id("statement")).getText()).contains("thesis");
        assertThat(card.findElement(By.cssSelector("h2")).getText()).as("a writing task is no math problem")
                .startsWith("Exercise 1").doesNotContain("Problem");
        screenshot("writing-task");

        write("In this essay I will talk about this question.");
        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
        assertThat(feedback.getText()).contains("announces the topic", "Your next step");
        assertThat(feedback.findElement(By.cssSelector("[data-criterion=thesis]")).getAttribute("class")).contains("not-met");
        assertThat(feedback.getText()).as("the student is told who wrote the feedback").contains("checked by rules");
        Accessibility.assertNoSeriousViolations(browser, "writing feedback");
        screenshot("writing-feedback-first-draft");

        write("Schools should keep this rule because it helps students learn and stay safe.");
        WebElement solved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("solved")));
        assertThat(solved.getText()).contains("Compared with your last draft", "you improved your thesis")
                .as("why the bar beside it has not moved").contains("Your skill bar grows with first drafts");
        WebElement thesisNote = browser.findElement(By.cssSelector("#practice [data-criterion=thesis]"));
        assertThat(thesisNote.getAttribute("class")).contains("met").doesNotContain("not-met");
        assertThat(thesisNote.getText()).contains("takes a clear position");
        String focused = wait.until(driver -> driver.switchTo().activeElement().getAttribute("id"));
        assertThat(focused)
                .as("the keyboard stays on what the revision met, read before the next exercise").isEqualTo("solved");
        assertThat(((Number) browser.executeScript("return document.getElementById('solved').getBoundingClientRect().top;")).doubleValue())
                .as("the result is in view").isGreaterThanOrEqualTo(0);
        assertThat(browser.findElement(By.cssSelector(".problem-card h2")).getText()).as("the next exercise").startsWith("Exercise 2");
        assertThat(browser.findElement(By.cssSelector(".practice-progress")).getText()).contains("Exercises done", "exercises")
                .doesNotContain("problem");
        screenshot("writing-feedback-revision");
        phoneSized();

        browser.switchTo().defaultContent();
        browser.manage().window().setSize(new Dimension(1400, 1000));
        String score = wait.withTimeout(Duration.ofSeconds(15)).until(driver -> {
            driver.get(baseUrl + "/demo/gradebook");
            String lineItem = driver.findElements(By.cssSelector("#gradebook thead th[data-line-item]")).stream()
                    .filter(th -> th.getText().contains("Thesis statements, week 1")).map(th -> th.getAttribute("data-line-item"))
                    .findFirst().orElse(null);
            List<WebElement> cell = lineItem == null ? List.of()
                    : driver.findElements(By.cssSelector("#student-" + STUDENT + " td[data-line-item='" + lineItem + "'] .score"));
            return cell.isEmpty() ? null : cell.get(0).getText();
        });
        assertThat(score).as("the student's score for the writing assignment").matches("[0-9.]+ / [0-9.]+");
        // the writing assignment's own cell: other tests may have given this student math scores in the same gradebook
        String lineItem = browser.findElements(By.cssSelector("#gradebook thead th[data-line-item]")).stream()
                .filter(th -> th.getText().contains("Thesis statements, week 1")).map(th -> th.getAttribute("data-line-item"))
                .findFirst().orElseThrow();
        WebElement row = browser.findElement(By.id("student-" + STUDENT));
        WebElement cell = row.findElement(By.cssSelector("td[data-line-item='" + lineItem + "']"));
        assertThat(cell.getText()).as("the grade comment in writing's words").containsPattern("Mastery \\d+% · 1 exercise")
                .contains("to work on: thesis statements").doesNotContain("problem", "??");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", row);
        screenshot("writing-gradebook");
    }

    /** The demo teacher's Deep Linking: the writing subject, only thesis statements; returns the new link's id. */
    private String teacherAddsWritingAssignment(String title) throws IOException {
        browser.get(baseUrl + "/demo");
        browser.findElement(By.cssSelector("form[data-deep-linking] button")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deep-linking")));
        WebElement name = browser.findElement(By.id("title"));
        name.clear();
        name.sendKeys(title);
        browser.findElement(By.id("subject-writing")).click();
        WebElement thesis = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("writing-skill-thesis")));
        for (WebElement skill : browser.findElements(By.cssSelector("fieldset[data-subject=writing] input[name=skills]"))) {
            if (skill.isSelected() != skill.equals(thesis)) {
                skill.click();
            }
        }
        assertThat(browser.findElement(By.id("writing-skill-thesis")).isSelected()).isTrue();
        screenshot("writing-deep-linking");
        browser.findElement(By.cssSelector("#deep-linking form button[type=submit]")).click();
        WebElement added = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#deep-linking-added q[data-link]")));
        assertThat(browser.findElement(By.id("deep-linking-added")).getText()).contains(title, "is graded");
        return added.getAttribute("data-link");
    }

    private void write(String text) {
        WebElement work = browser.findElement(By.id("work"));
        work.clear();
        work.sendKeys(text);
        browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(work));
    }

    /** The revision's feedback in a phone's window: the tool's frame fits its width, nothing sideways. */
    private void phoneSized() throws IOException {
        browser.switchTo().defaultContent();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.switchTo().frame("tool");
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        browser.executeScript("document.getElementById('solved').scrollIntoView()");
        screenshot("writing-feedback-phone");
        assertThat(overflow.intValue()).as("sideways scrolling inside the tool at 390 px").isLessThanOrEqualTo(0);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
