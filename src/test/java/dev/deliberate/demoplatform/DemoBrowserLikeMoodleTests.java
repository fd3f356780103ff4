package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * The cross-site launch as Moodle 4.3 runs it: the LMS (127.0.0.1) frames the tool (localhost), the
 * browser blocks third-party cookies, the LMS offers no postMessage storage and answers each launch
 * hint once, so neither the state cookie nor a second login can help. The launch is bound by the
 * form coming from the LMS's own authorization page, and practice goes on on the session header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DemoBrowserLikeMoodleTests extends IntegrationTestSupport {

    @DynamicPropertySource
    static void lmsOnAnotherSiteBehavingLikeMoodle(DynamicPropertyRegistry registry) {
        registry.add("deliberate.demo.base-url", () -> "http://127.0.0.1:${server.port}");
        registry.add("deliberate.demo.like-moodle", () -> "true");
    }

    @Value("${deliberate.demo.base-url}")
    String lmsUrl;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        browser = Browsers.chromium(true);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aStudentReachesPracticeInOneClickAndAnswersWithoutTheToolsCookies(CapturedOutput output) {
        WebElement home = DemoBrowserTests.DemoCourseDriver.launch(browser, lmsUrl + "/demo", "demo-student-07", "student-home");
        assertThat(home.getText()).contains("Grace Nakamura");
        assertThat(output.getOut()).contains("binding=PLATFORM_ORIGIN").doesNotContain("binding=COOKIE",
                "binding=PLATFORM_STORAGE");

        browser.findElement(By.cssSelector("label[for='interest-music']")).click();
        browser.findElement(By.cssSelector("#interests button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=itemId]")));
        browser.findElement(By.id("answer")).sendKeys("x = 1000\n");

        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
        assertThat(feedback.getText()).isNotBlank();
        assertThat(browser.manage().getCookies()).as("the tool's frame kept no cookie").isEmpty();
    }

    @Test
    void theTeacherLandsOnTheTeacherHome(CapturedOutput output) {
        WebElement home = DemoBrowserTests.DemoCourseDriver.launch(browser, lmsUrl + "/demo", "demo-teacher-1", "teacher-home");

        assertThat(home.getText()).contains("Elena Rivera");
        assertThat(output.getOut()).contains("binding=PLATFORM_ORIGIN");
    }

    @Test
    void theLmsAnswersEachLaunchOnceAsMoodleDoes() {
        browser.switchTo().defaultContent();
        browser.get(lmsUrl + "/demo");
        assertThat(browser.findElement(By.id("like-moodle")).getText()).contains("like Moodle 4.3");
        assertThat(browser.findElements(By.cssSelector("input[name=lti_storage_target]"))).isEmpty();
        By launchButton = By.cssSelector("form[data-person='demo-student-08'] button");
        browser.findElement(launchButton).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("student-home")));

        browser.switchTo().defaultContent();
        browser.findElement(launchButton).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));

        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(refusal.getText()).contains("refused");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("already used");
    }
}
