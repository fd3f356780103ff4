package dev.deliberate.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.deliberate.testing.Browsers;

/**
 * One person's own browser on Moodle: Debian's headless Chromium with third-party cookies blocked,
 * logged in through Moodle's login page. Moodle pages take a second or more here, so waits are long.
 */
final class MoodleBrowser implements AutoCloseable {

    final String person;
    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String moodleUrl;

    private MoodleBrowser(String person, String moodleUrl) {
        this.person = person;
        this.moodleUrl = moodleUrl;
        this.driver = Browsers.chromium(true);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static MoodleBrowser logIn(String moodleUrl, String username, String password) {
        MoodleBrowser browser = new MoodleBrowser(username, moodleUrl);
        browser.open("/login/index.php");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.id("loginbtn")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.notloggedin, #user-menu-toggle")));
        if (browser.driver.findElements(By.id("user-menu-toggle")).isEmpty()) {
            browser.close();
            throw new IllegalStateException(username + " could not log in to Moodle");
        }
        return browser;
    }

    /** Opens a Moodle page by its path, from the top window. */
    void open(String path) {
        driver.switchTo().defaultContent();
        driver.get(moodleUrl + path);
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks the first shown element the selector matches (Moodle renders some buttons twice, one hidden). */
    void click(String css) {
        wait.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.isEnabled()).findFirst().orElse(null)).click();
    }

    /**
     * Switches into the frame the CSS selector names and waits for the tool's page in it; the tool's
     * error page fails the step with its reason code. Moodle shows some frames only once they have
     * loaded (Select content's dialog): until then nothing in them can be typed into.
     */
    WebElement toolPage(String frameCss, String toolCss) {
        driver.switchTo().defaultContent();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(frameCss)));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(frameCss)));
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(toolCss + ", #reason-code")));
        if ("reason-code".equals(found.getAttribute("id"))) {
            throw new AssertionError("the tool refused " + person + ": " + found.getText());
        }
        return found;
    }

    void screenshot(Path directory, String prefix) {
        try {
            Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, directory.resolve(prefix + "-" + person + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(directory.resolve(prefix + "-" + person + ".html"), driver.getPageSource());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (RuntimeException browserGone) {
            // a browser that cannot take a picture any more has nothing to show
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
