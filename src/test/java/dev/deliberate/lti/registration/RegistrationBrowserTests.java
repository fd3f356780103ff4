package dev.deliberate.lti.registration;

import static dev.deliberate.lti.registration.TestLms.MOODLE_CONFIGURATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;
import dev.deliberate.testing.LaunchClient;

/**
 * Dynamic Registration as an administrator lives it, in a real browser: the LMS's admin page frames
 * the tool's registration URL (Moodle and Canvas both open it in an iframe), the administrator
 * confirms, and the closing page tells the LMS window to close the frame with
 * {@code org.imsglobal.lti.close}. The LMS is not registered yet while this happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationBrowserTests extends IntegrationTestSupport {

    private static final String ADMIN_PAGE = "/admin/tool/registration.html";

    @Autowired
    PlatformRegistry registry;

    @Value("${deliberate.base-url}")
    String baseUrl;

    WebDriver browser;
    TestLms moodle;

    @BeforeAll
    void openBrowser() {
        browser = Browsers.chromium(false);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void startMoodle() {
        moodle = new TestLms();
        moodle.serveConfiguration(MOODLE_CONFIGURATION, moodle.moodleConfiguration());
        moodle.answerAsMoodle("browser-client", "7");
        String registration = baseUrl + "/lti/register?" + LaunchClient.encode(Map.of("openid_configuration",
                moodle.url(MOODLE_CONFIGURATION), "registration_token", moodle.registrationToken("browser-client")));
        moodle.serveHtml(ADMIN_PAGE, """
                <!DOCTYPE html>
                <html lang="en"><head><title>Manage tools</title></head>
                <body>
                <p id="received">no message</p>
                <iframe id="registration" name="registration" title="Tool registration" width="900" height="700"
                        src="%s"></iframe>
                <script>
                  window.addEventListener('message', function (event) {
                    if (event.data && event.data.subject === 'org.imsglobal.lti.close') {
                      document.getElementById('received').textContent = 'close from ' + event.origin;
                      document.getElementById('registration').remove();
                    }
                  });
                </script>
                </body></html>
                """.formatted(registration.replace("&", "&amp;")));
    }

    @AfterEach
    void stopMoodle() {
        moodle.close();
    }

    @Test
    void theAdministratorRegistersInsideTheLmsFrameAndTheFrameIsClosed() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.switchTo().defaultContent();
        browser.get(moodle.url(ADMIN_PAGE));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("registration"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action='/lti/register'] button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("close-registration")));
        assertThat(browser.findElement(By.id("moodle-pending")).getText()).contains("pending");
        // clicked from a script: the LMS removes this very frame on the message the click sends, and a
        // driver click that waits for the frame afterwards may find it detached
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(By.id("close-registration")));

        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.textToBe(By.id("received"), "close from " + baseUrl));
        assertThat(browser.findElements(By.id("registration"))).isEmpty();
        assertThat(registry.find(moodle.origin(), "browser-client"))
                .hasValueSatisfying(r -> assertThat(r.deploymentIds()).containsExactly("7"));
    }
}
