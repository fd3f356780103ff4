package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * A newcomer's first minute: open /demo in a real browser, press Launch, and see the tool's home
 * inside the iframe, after the whole OIDC flow over HTTP. The LMS and the tool share a site here,
 * so the state cookie carries the launch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DemoBrowserTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    WebDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Browsers.chromium(false);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({ "demo-student-01, student-home, Welcome, Amara Okafor", "demo-teacher-1, teacher-home, Welcome, Elena Rivera" })
    void launchingFromTheDemoCourseShowsTheHomeInsideTheIframe(String person, String home, String greeting, String name,
            CapturedOutput output) {
        WebElement page = DemoCourseDriver.launch(browser, baseUrl + "/demo", person, home);

        assertThat(page.getText()).contains(greeting + ", " + name, "Algebra 1", "Linear equations practice");
        assertThat(output.getOut()).contains("binding=COOKIE");
    }

    /** Drives the demo course page: press a person's Launch button, wait for the tool's page in the iframe. */
    static final class DemoCourseDriver {

        private DemoCourseDriver() {
        }

        static WebElement launch(WebDriver browser, String demoUrl, String person, String homeId) {
            browser.switchTo().defaultContent();
            browser.get(demoUrl);
            browser.findElement(By.cssSelector("form[data-person='" + person + "'] button")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(homeId)));
        }
    }
}
