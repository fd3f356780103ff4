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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * The assignment forms in a real browser, inside the demo LMS's frame, at 800×600 and at a phone's
 * 375 px: every checkbox sits on the line of its own words (its vertical centre inside their box,
 * the box to their left), so a teacher ticks the skill they read. Screenshots go to
 * target/screenshots for a human look.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentFormBrowserTests extends IntegrationTestSupport {

    private static final String MEASURE = """
            return Array.from(document.querySelectorAll('input[type=checkbox]')).map(function (box) {
              var label = box.closest('label');
              var words = label ? label.querySelector('span') : null;
              var b = box.getBoundingClientRect();
              var w = words ? words.getBoundingClientRect() : { top: -1, bottom: -1, left: -1 };
              return [box.id, (b.top + b.bottom) / 2, w.top, w.bottom, b.right, w.left];
            });""";

    @Value("${deliberate.base-url}")
    String baseUrl;

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
    void everyCheckboxOfTheDeepLinkingFormSitsOnTheLineOfItsOwnLabel() throws IOException {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(baseUrl + "/demo");
        browser.findElement(By.cssSelector("form[data-deep-linking] button")).click();
        inFrameWaitFor("deep-linking");

        checkAt(800, 600, "deep-linking", 13);
        checkAt(375, 667, "deep-linking", 13);
    }

    @Test
    void everyCheckboxOfTheSettingsPageSitsOnTheLineOfItsOwnLabel() throws IOException {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(baseUrl + "/demo");
        browser.findElement(By.cssSelector("form[data-person='demo-teacher-1'] button")).click();
        inFrameWaitFor("students");
        browser.findElement(By.cssSelector("a[href='/teacher/assignment/settings']")).click();
        inFrameWaitFor("settings");

        checkAt(800, 600, "settings", 12);
        checkAt(375, 667, "settings", 12);
    }

    private void checkAt(int width, int height, String page, int boxes) throws IOException {
        browser.switchTo().defaultContent();
        browser.manage().window().setSize(new Dimension(width, height));
        browser.switchTo().frame("tool");
        @SuppressWarnings("unchecked")
        List<List<Object>> measured = (List<List<Object>>) browser.executeScript(MEASURE);
        assertThat(measured).as("checkboxes on the %s form", page).hasSizeGreaterThanOrEqualTo(boxes);
        for (List<Object> box : measured) {
            double centre = number(box.get(1));
            assertThat(centre).as("%s at %d px: the box's centre within its words' lines", box.get(0), width)
                    .isBetween(number(box.get(2)), number(box.get(3)));
            assertThat(number(box.get(4))).as("%s at %d px: the box left of its words", box.get(0), width)
                    .isLessThanOrEqualTo(number(box.get(5)));
        }
        browser.executeScript("document.querySelector('fieldset').scrollIntoView()");
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        browser.switchTo().defaultContent();
        browser.executeScript("document.getElementsByName('tool')[0].scrollIntoView()");
        Files.write(folder.resolve("assignment-" + page + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.switchTo().frame("tool");
    }

    private void inFrameWaitFor(String id) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
