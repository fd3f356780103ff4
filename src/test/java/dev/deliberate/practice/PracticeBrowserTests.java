package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.EquationParser;
import dev.deliberate.practice.math.number.Rational;
import dev.deliberate.practice.math.number.RationalFormat;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.testing.Browsers;
import dev.deliberate.testing.IntegrationTestSupport;

/**
 * A demo student practises in a real browser inside the demo LMS's iframe: picks interests, makes a
 * sign error in the work and sees the feedback name that line, solves a block of problems, and
 * writes the reflection that the next block waits for. axe-core checks each screen for serious
 * or critical accessibility violations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeBrowserTests extends IntegrationTestSupport {

    @Value("${deliberate.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Subjects subjects;

    WebDriver browser;
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
    void aStudentGetsLineFeedbackOnASignErrorSolvesABlockAndReflects() {
        browser.get(baseUrl + "/demo");
        browser.findElement(By.cssSelector("form[data-person='demo-student-20'] button")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("interests")));
        assertNoSeriousAccessibilityViolations("interests");
        browser.findElement(By.cssSelector("label[for='interest-music']")).click();
        browser.findElement(By.cssSelector("#interests button[type=submit]")).click();

        long first = waitForNewItem(0);
        browser.findElement(By.id("work")).sendKeys(signErrorLine(first));
        browser.findElement(By.id("answer")).sendKeys("x = 1000");
        browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
        assertThat(feedback.getText()).contains("In line 1", "kept its sign");
        assertNoSeriousAccessibilityViolations("feedback");

        long item = first;
        browser.findElement(By.id("work")).clear();
        for (int solved = 0; solved < 10; solved++) {
            WebElement answer = browser.findElement(By.id("answer"));
            answer.clear();
            answer.sendKeys("x = " + answer(item) + "\n");
            if (solved < 9) {
                item = waitForNewItem(item);
            }
        }
        WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reflection-text")));
        assertThat(browser.findElement(By.cssSelector("label[for=reflection-text]")).getText()).endsWith("?");
        assertNoSeriousAccessibilityViolations("reflection");
        prompt.sendKeys("I undid each operation on both sides and checked by substituting the answer back.");
        browser.findElement(By.cssSelector("#reflection button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "your reflection is saved"));
        assertThat(browser.findElement(By.cssSelector(".problem-card h2")).getText()).contains("Problem 11");
        assertThat(jdbc.sql("SELECT body FROM practice_reflection WHERE body LIKE 'I undid each operation%'").query(String.class).list())
                .hasSize(1);
    }

    @Test
    void workStaysThroughCheckAndHintsTheHintGrowsAndTheExampleSolvesAnotherProblem() throws IOException {
        browser.get(baseUrl + "/demo");
        browser.findElement(By.cssSelector("form[data-person='demo-student-30'] button")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#interests button[type=submit]"))).click();
        long item = waitForNewItem(0);
        String wrong = signErrorLine(item);
        String statement = browser.findElement(By.id("statement")).getText();

        browser.findElement(By.id("work")).sendKeys(wrong);
        browser.findElement(By.id("answer")).sendKeys("x = 1000");
        browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#feedback li.diagnosed")));
        assertThat(browser.findElement(By.id("work")).getAttribute("value")).isEqualTo(wrong);
        assertThat(browser.findElement(By.id("answer")).getAttribute("value")).isEqualTo("x = 1000");

        for (int rung = 1; rung <= 3; rung++) {
            browser.findElement(By.xpath("//button[normalize-space()='Hint']")).click();
            String expected = String.valueOf(rung);
            wait.until(driver -> expected.equals(((JavascriptExecutor) driver).executeScript(
                    "var h = document.querySelector('#feedback .hint'); return h ? h.dataset.rung : null;")));
            assertThat(browser.findElement(By.id("feedback")).getText()).as("the diagnosis stays beside hint " + rung)
                    .contains("In line 1");
            assertThat(browser.findElement(By.id("work")).getAttribute("value")).isEqualTo(wrong);
        }
        assertNoSeriousAccessibilityViolations("hint");
        screenshot("practice-hint-3");

        WebElement answer = browser.findElement(By.id("answer"));
        answer.clear();
        answer.sendKeys("x = 1001");
        browser.findElement(By.cssSelector("#answer-form button[type=submit]")).click();
        WebElement example = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worked-example")));
        String parallel = example.findElement(By.className("example-statement")).getText();
        assertThat(parallel).isNotBlank().isNotEqualTo(statement);
        assertThat(example.getText()).doesNotContain("x = " + answer(item) + "\n");
        screenshot("practice-worked-example");
    }

    @Test
    void theProblemTheWorkBoxAndCheckFitAMoodleFrameSixHundredPixelsHigh() throws IOException {
        browser.switchTo().defaultContent();
        browser.get(baseUrl + "/demo");
        ((JavascriptExecutor) browser).executeScript("window.heights = []; window.addEventListener('message', function (e) {"
                + " if (e.data && e.data.subject === 'lti.frameResize') { window.heights.push(e.data.height); } });");
        browser.findElement(By.cssSelector("form[data-person='demo-student-22'] button")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#interests button[type=submit]"))).click();
        waitForNewItem(0);
        browser.switchTo().defaultContent();
        List<?> heights = wait.until(driver -> {
            List<?> seen = (List<?>) ((JavascriptExecutor) driver).executeScript("return window.heights;");
            return seen.size() >= 2 ? seen : null;
        });
        assertThat(heights).as("lti.frameResize after the launch and after the swap")
                .allSatisfy(h -> assertThat(((Number) h).intValue()).isPositive());
        for (int width : new int[] { 1100, 760 }) {
            browser.switchTo().defaultContent();
            ((JavascriptExecutor) browser).executeScript(
                    "var f = document.getElementById('tool-frame'); f.style.height = '600px'; f.style.width = arguments[0] + 'px';", width);
            browser.switchTo().frame("tool");
            Number bottom = (Number) ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0); "
                    + "return document.querySelector('#answer-form button[type=submit]').getBoundingClientRect().bottom;");
            System.out.printf("frame %d x 600: Check ends at %.0f px%n", width, bottom.doubleValue());
            screenshot("practice-frame-" + width + "x600");
            assertThat(bottom.doubleValue()).as("Check inside a %d x 600 frame", width).isLessThanOrEqualTo(600);
        }
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", name + ".png"), png);
    }

    private long waitForNewItem(long previous) {
        return wait.until(driver -> {
            Object value = ((JavascriptExecutor) driver).executeScript(
                    "var f = document.querySelector('input[name=itemId]'); return f ? f.value : null;");
            long id = value == null ? previous : Long.parseLong(value.toString());
            return id != previous ? id : null;
        });
    }

    @SuppressWarnings("unchecked")
    private void assertNoSeriousAccessibilityViolations(String screen) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(function (r) { done(r.violations.map(function (v) { return { id: v.id, impact: v.impact, help: v.help }; })); })
                   .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e) }]); });
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations).as("serious or critical axe-core violations on the %s screen", screen)
                .noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));
    }

    private static String axeSource() {
        try (InputStream in = PracticeBrowserTests.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedItem prepared(long itemId) {
        ItemSpec spec = jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
        return subjects.get("math").regenerate(spec);
    }

    private String answer(long itemId) {
        return prepared(itemId).answer();
    }

    private String signErrorLine(long itemId) {
        Equation written = EquationParser.parse(prepared(itemId).shown(), 1).value();
        // with x on the right (−5 = x + 9) the term to move is on the right: read it as x + 9 = −5
        Equation equation = written.leftForm().coefficient().equals(Rational.of(0)) ? written.swapped() : written;
        Rational a = equation.leftForm().coefficient();
        String ax = a.equals(Rational.of(1)) ? "x" : RationalFormat.display(a) + "x";
        return ax + " = " + RationalFormat.display(equation.rightForm().constant()) + " + "
                + RationalFormat.display(equation.leftForm().constant());
    }
}
