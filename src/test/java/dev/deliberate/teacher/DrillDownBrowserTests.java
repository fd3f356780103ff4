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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.lti.platform.PlatformRegistry;
import dev.deliberate.practice.spi.PracticeSubject;
import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.DemoLms.Launched;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * The drill-down in a real browser, reached from the class view through htmx: the mastery chart is
 * drawn (uPlot, loaded on demand, no inline script) with something on its canvas, the student's
 * reflection is on screen; the class's mistakes of the week lead to a worked example typeset with
 * MathML from the server. Screenshots are left in target/screenshots for a human look.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillDownBrowserTests extends IntegrationTestSupport {

    /** The session cookie's name (course.SessionWeb.COOKIE): the browser reads pages as after a launch. */
    private static final String SESSION_COOKIE = "dlb_session";

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PracticeSubject> subjects;

    @Autowired
    PlatformRegistry registry;

    ChromeDriver browser;
    FreshCourse course;

    @BeforeAll
    void open() {
        browser = Browsers.chromium(false);
        course = new FreshCourse(baseUrl, registry, jdbc, clock);
    }

    @AfterAll
    void close() {
        browser.quit();
        course.close();
    }

    @Test
    void theDrillDownDrawsTheChartAndShowsTheReflectionsAndTheWeeksMistakeIsProjectable() throws IOException {
        Launched ana = course.student("Ana");
        Pupil pupil = Pupil.start(ana, jdbc, subjects);
        assertThat(pupil.makes(DrillDownTests.ONE_SIDE)).isTrue();
        for (int i = 0; i < 10; i++) {
            pupil.right();
        }
        assertThat(pupil.reflects("I undo the plus first, then divide, and check by putting x back.").body())
                .contains("your reflection is saved");
        long member = course.membershipId(ana);
        Launched teacher = course.teacher("Tess");
        browser.get(baseUrl + "/css/deliberate.css");
        browser.manage().addCookie(new Cookie(SESSION_COOKIE, teacher.token(), "/"));
        browser.get(baseUrl + "/teacher");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[data-member='" + member + "'] a"))).click();

        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mastery-chart[data-drawn='true'] canvas")));
        assertThat(chart.getSize().getWidth()).isGreaterThan(200);
        Long inked = (Long) browser.executeScript("""
                var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;
                for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
                return n;""", chart);
        assertThat(inked).as("pixels drawn on the chart's canvas").isGreaterThan(500);
        assertThat(browser.findElement(By.cssSelector(".mastery-chart .u-legend")).getText()).as("a line per skill").contains("One-step equations");
        WebElement reflection = browser.findElement(By.cssSelector("#reflections blockquote"));
        assertThat(reflection.isDisplayed()).isTrue();
        assertThat(reflection.getText()).isEqualTo("I undo the plus first, then divide, and check by putting x back.");
        assertThat(browser.findElements(By.cssSelector("#timeline .timeline-item"))).as("10 solved, the 11th on screen").hasSize(11);
        screenshot("teacher-drill-down.png");

        browser.findElement(By.cssSelector("a[hx-get='/teacher']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("class-misconceptions-link"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("tr[data-misconception='ONE_SIDE_ONLY'] a"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".projection .pitfall math")));
        assertThat(browser.findElements(By.cssSelector(".projection math")).size()).as("the equation, the wrong line, the steps").isGreaterThan(2);
        screenshot("teacher-mistake-example.png");
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
